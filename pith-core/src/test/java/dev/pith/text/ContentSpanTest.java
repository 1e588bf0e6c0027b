package dev.pith.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the content span ends when a thread of posts follows the first text. */
class ContentSpanTest {
  private static final String[] SENTENCES = {
    "The council met on Tuesday evening to discuss the bridge, and the debate ran for more than three hours.",
    "Residents who live near the water said they had waited years for a decision, and many were angry about it.",
    "The engineers said that the old structure could carry traffic for another decade if it was repaired soon.",
    "A spokesman for the mayor said the city would publish the full report on its website later in the week.",
  };

  /** {@code count} paragraphs of prose, each a different sentence pair. */
  private static String paragraphs(int count, int seed) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(SENTENCES[(seed + i) % SENTENCES.length]).append(' ')
          .append(SENTENCES[(seed + i + 1) % SENTENCES.length]).append(" Paragraph ").append(seed * 100 + i)
          .append(".\n\n");
    }
    return text.toString();
  }

  /** A reply: a name, a date, the post and the widgets under it. */
  private static String reply(int index, int paragraphs) {
    return "user" + index + "\n\nMarch " + (index + 2) + ", 2024 at 10:1" + index + " am\n\n"
        + paragraphs(paragraphs, index) + "Reply\n\nQuote\n\n";
  }

  private static int[] span(String text) {
    List<Line> lines = LineClassifierTest.judged(text);
    int[] span = ContentSpan.find(lines);
    return new int[] {lines.get(span[0]).first, lines.get(span[1] - 1).last};
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void aForumsRepliesAreContentWhenTheyAreAsLongAsTheFirstPost() {
    // the question, laid out otherwise than the answers, then the answers: records with a date each
    StringBuilder text = new StringBuilder("Forums\n\nHome\n\nHow long can the old bridge carry traffic?\n\n")
        .append("Asked by user0\n\n").append(paragraphs(8, 7)).append("Share\n\nFollow\n\n5 Answers\n\n");
    for (int i = 1; i <= 5; i++) {
      text.append(reply(i, 3));
    }
    text.append("Terms and rules\n\nPrivacy policy\n");
    String page = text.toString();
    int[] span = span(page);
    assertTrue(span[1] >= lineOf(page, "Paragraph 502"), "the last reply is in the span: " + span[1]);
  }

  @Test
  void commentsUnderAnArticleManyTimesLongerAreNot() {
    StringBuilder text = new StringBuilder("News\n\nHome\n\n").append(paragraphs(20, 0));
    for (int i = 1; i <= 5; i++) {
      text.append(reply(i, 1));
    }
    text.append("Terms and rules\n\nPrivacy policy\n");
    String page = text.toString();
    int[] span = span(page);
    // (the last paragraphs before the first comment may be taken for a record of the thread: the bound is looser)
    assertTrue(span[1] >= lineOf(page, "Paragraph 15"), "the article is in the span");
    assertFalse(span[1] >= lineOf(page, "Paragraph 100"), "the first comment is not: " + span[1]);
  }
  private static final String HEADLINES = "Prince visits the harbour as the new ferry line opens\n\n"
      + "Ticket holder wins the lottery jackpot in a small town\n\n"
      + "Hospital report finds failings in the maternity ward\n\n";

  @Test
  void theArticleGoesOnAfterABoxOfLinksAndAnEmbeddedPost() {
    String page = "News\n\nHome\n\n" + paragraphs(4, 0) + "More from UK\n\n" + HEADLINES + paragraphs(1, 1)
        + "Club statement\n\n- The Club (@club) November 20, 2019\n\n" + paragraphs(3, 2)
        + "Terms and rules\n\nPrivacy policy\n";
    int[] span = span(page);
    assertTrue(span[1] >= lineOf(page, "Paragraph 202"), "the paragraphs after the box are in the span: " + span[1]);
  }

  @Test
  void teasersAfterTheArticleAlternateHeadlineAndBlurb() {
    StringBuilder teasers = new StringBuilder();
    for (String headline : HEADLINES.split("\n\n")) {
      teasers.append(headline).append("\n\n").append(paragraphs(1, teasers.length() % 3 + 1));
    }
    String page = "News\n\nHome\n\n" + paragraphs(4, 0) + "More from UK\n\n" + teasers
        + "Terms and rules\n\nPrivacy policy\n";
    int[] span = span(page);
    assertFalse(span[1] >= lineOf(page, "More from UK"), "the teasers are not in the span: " + span[1]);
  }

  /** Release notes: a menu, the notes as a list of short statements, a footer; no paragraph at all. */
  private static String releaseNotes(int items) {
    StringBuilder text = new StringBuilder("Home\n\nNews\n\nDownloads\n\nRelease 1.8 - The Bountiful Update\n\n");
    String[] things = {"stone blocks", "iron trapdoors", "ocean monuments", "banners", "armor stands", "rabbits",
        "a spectator mode", "custom world types", "a world border", "new commands", "skin layers", "door variants"};
    for (int i = 0; i < items; i++) {
      text.append("  \u2022 Added ").append(things[i % things.length]).append(" to the game (change ").append(i)
          .append(")\n");
    }
    return text.append("\nNewer\n\nOlder\n\nPowered by Tumblr\n").toString();
  }

  @Test
  void aCaptureWithoutProseWhoseTextIsAListOfStatementsKeepsTheList() {
    String page = releaseNotes(20);
    int[] span = span(page);
    assertTrue(span[0] == lineOf(page, "(change 0)") && span[1] == lineOf(page, "(change 19)"),
        "the whole list: " + span[0] + ".." + span[1]);
  }

  @Test
  void aShortListOrAListBesideAnArticleIsNoFallback() {
    List<Line> few = LineClassifierTest.judged(releaseNotes(5));
    int[] span = ContentSpan.find(few);
    assertTrue(span[1] - span[0] <= 1, "five items are too few to be the content: " + span[0] + ".." + span[1]);
    String article = releaseNotes(20).replace("Newer\n", paragraphs(6, 1) + "Newer\n");
    int[] withProse = span(article);
    assertTrue(withProse[0] > lineOf(article, "(change 19)"), "the prose wins: " + withProse[0]);
  }

  /** A short article, a "You may also like" heading, then teasers with their blurbs and share bars. */
  private static String articleThenTeasers(int articleParagraphs) {
    StringBuilder text = new StringBuilder("Home\n\nMessages\n\nOnly those who love themselves\n\n")
        .append(paragraphs(articleParagraphs, 0)).append("You may also like...\n\n");
    for (int i = 1; i <= 7; i++) {
      text.append("[teaser-image-").append(i).append("]\n\n")
          .append("Whatsapp   Facebook   Pinterest   Download\n\n").append(paragraphs(2, i));
    }
    return text.append("Contact\n\nCategories\n").toString();
  }

  @Test
  void teasersUnderARelatedHeadingDoNotOutweighTheArticleAboveThem() {
    String page = articleThenTeasers(3);
    int[] span = span(page);
    assertTrue(span[1] < lineOf(page, "You may also like"), "the article, not the teasers: " + span[0] + ".." + span[1]);
  }

  @Test
  void aMereFragmentAboveTeasersIsNoArticle() {
    String page = articleThenTeasers(1);
    int[] span = span(page);
    assertTrue(span[0] > lineOf(page, "You may also like"), "the fragment is too light: " + span[0] + ".." + span[1]);
  }

  @Test
  void aBoxOfTeasersWhosePicturesAreDescribedInSentencesIsStillABoxInsideTheArticle() {
    String box = "Recommended Reading\n\n"
        + "  \u2022 Footprints of a man and his dog in the fresh snow near the harbour.\n\n"
        + "The Quiet Life of a Lighthouse Keeper\n\nJane Doe\n\n"
        + "  \u2022 A ferry leaves the quay at dawn\n\nWhy the Ferry Timetable Keeps Changing\n\nJohn Roe\n\n";
    String page = "Home\n\nNews\n\n" + paragraphs(4, 0) + box + paragraphs(4, 2) + "About\n\nCareers\n";
    int[] span = span(page);
    assertTrue(span[1] >= lineOf(page, "Paragraph 203"), "the article goes on after the box: " + span[1]);
    assertTrue(span[0] <= lineOf(page, "Paragraph 0"), "and starts before it: " + span[0]);
  }

  @Test
  void aListicleKeepsItsNumberedItemsAfterTheProseThatIntroducesThem() {
    StringBuilder page = new StringBuilder("Home\n\nDeals\n\n").append(paragraphs(4, 0));
    String[] items = {"Lego Star Wars Resistance Bomber", "Polistil Electric Race Track", "Blade Runner Final Cut",
        "Ghostbusters Collection Steelbook", "Indiana Jones Collection Steelbook", "Magnum Complete Collection"};
    for (int i = 0; i < items.length; i++) {
      page.append(i + 1).append(") ").append(items[i]).append("\nhttp://amzn.to/2iJF").append(i)
          .append("\n[").append(i + 1).append("-300x300]\n");
    }
    String text = page.append("\nContact\n\nPrivacy policy\n").toString();
    int[] span = span(text);
    assertTrue(span[1] >= lineOf(text, "6) Magnum"), "the items are the article's: " + span[1]);
  }

  @Test
  void numberedTeasersWithOnlyAPictureAreNoListicle() {
    StringBuilder page = new StringBuilder("Home\n\n").append(paragraphs(4, 0));
    for (int i = 1; i <= 5; i++) {
      page.append(i).append(". [missing-image]\n").append(i).append("\n\nA Headline of Some Other Story ")
          .append(i).append("\n\n");
    }
    String text = page.append("About us\n").toString();
    int[] span = span(text);
    assertTrue(span[1] < lineOf(text, "1. [missing"), "teasers stay out: " + span[1]);
  }
}
