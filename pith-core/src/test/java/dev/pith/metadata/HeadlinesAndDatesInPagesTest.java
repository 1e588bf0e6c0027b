package dev.pith.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pith.document.Metadata;
import dev.pith.document.Sourced;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Metadata read from small pages, one rule each. */
class HeadlinesAndDatesInPagesTest {
  private static Metadata read(String html, String url) {
    return MetadataExtractor.create().extract(Jsoup.parse(html, url), url);
  }

  @Test
  void theArticleHeadlineWinsOverAnSeoTitleThatAgrees() {
    Metadata m = read("<title>Top 11 SEO Strategies for 2025 | Acme</title><body><article>"
        + "<h1>11 SEO Strategies for 2025 to Boost Rankings</h1><p>Text.</p></article>", "https://acme.test/seo");
    assertEquals("11 SEO Strategies for 2025 to Boost Rankings", m.titleText());
  }

  @Test
  void anUnrelatedH1DoesNotReplaceTheDeclaredTitle() {
    Metadata m = read("<title>Basic tag cleaning test</title><body><article><h1>Lorem</h1><p>Ipsum.</p>"
        + "</article>", "https://acme.test/x");
    assertEquals("Basic tag cleaning test", m.titleText());
  }

  @Test
  void sidebarTeaserDatesAreNotThePublicationDate() {
    Metadata m = read("<body><article><h1>The ferry</h1><p>Text without a date.</p></article>"
        + "<div class=more><div class=card><a href=/x>Other story</a><span class=date>2 June 2024</span>"
        + "</div></div>", "https://acme.test/ferry");
    assertNull(m.published());
  }

  @Test
  void aDateAboveTheArticleCounts() {
    Metadata m = read("<body><div class=meta><span class=post-date>2 June 2024</span></div><article>"
        + "<h1>The ferry</h1><p>Text.</p></article>", "https://acme.test/ferry");
    assertEquals("2024-06-02", m.published().value());
  }
  @Test
  void aKickerInsideTheHeadlineIsNotPartOfTheTitle() {
    Metadata m = read("<title>Harbour: The ferry returns | Acme</title><body><article><h1>"
        + "<span class=article-kicker>Harbour</span><span class=visually-hidden>: </span>"
        + "<span class=article-title>The ferry returns after ten years</span></h1><p>Text.</p></article>",
        "https://acme.test/ferry");
    assertEquals("The ferry returns after ten years", m.titleText());
  }

  @Test
  void aRooflineWithoutTitleClassIsDroppedToo() {
    Metadata m = read("<title>The ferry returns after ten years</title><body><article><h1>"
        + "<span class=roofline>Harbour news</span> The ferry returns after ten years</h1><p>Text.</p></article>",
        "https://acme.test/ferry");
    assertEquals("The ferry returns after ten years", m.titleText());
  }

  @Test
  void aSubtitleInsideTheHeadlineIsDropped() {
    Metadata m = read("<title>The ferry returns</title><body><article><h1>The ferry returns "
        + "<span class=entry-subtitle>Ten years after the storm, boats sail again</span></h1><p>Text.</p>"
        + "</article>", "https://acme.test/ferry");
    assertEquals("The ferry returns", m.titleText());
  }

  @Test
  void aShortStyledWordIsNotTakenForTheHeadline() {
    Metadata m = read("<title>Quality Engineering and Digital Assurance</title><body><main><h1>"
        + "<span class=heading-red>Quality Engineering</span> <br> and Digital Assurance</h1><p>Text.</p></main>",
        "https://acme.test/qa");
    assertEquals("Quality Engineering and Digital Assurance", m.titleText());
  }

  @Test
  void permalinkAnchorsAndButtonsAreNotPartOfTheHeadline() {
    Metadata m = read("<title>Quickstart — Acme Docs</title><body><main><h1>Quickstart"
        + "<a class=headerlink href=#quickstart>¶</a><button>Copy item path</button></h1><p>Text.</p></main>",
        "https://acme.test/docs/quickstart");
    assertEquals("Quickstart", m.titleText());
  }

  @Test
  void aHeadlineThatIsOnlyAKickerKeepsItsText() {
    Metadata m = read("<title>Harbour news</title><body><article><h1><span class=kicker>Harbour news</span></h1>"
        + "<p>Text.</p></article>", "https://acme.test/ferry");
    assertEquals("Harbour news", m.titleText());
  }
  @Test
  void aHeadingThatRepeatsTheSiteSuffixLosesIt() {
    Metadata m = read("<title>Catering Tips | Cookshack</title><meta property=og:site_name content=Cookshack>"
        + "<body><main><h1>Catering Tips | Cookshack</h1><p>Text.</p></main>", "https://forum.acme.test/tips");
    assertEquals("Catering Tips", m.titleText());
  }

  @Test
  void aHeadingWhoseLastPartIsNotTheSiteKeepsIt() {
    Metadata m = read("<title>Ferries | Acme</title><meta property=og:site_name content=Acme>"
        + "<body><main><h1>Ferries | Timetables</h1><p>Text.</p></main>", "https://acme.test/ferries");
    assertEquals("Ferries | Timetables", m.titleText());
  }
  @Test
  void anEmptyMainElementDoesNotHideTheDateAfterIt() {
    Metadata m = read("<body><header><nav><a href=/>Home</a></nav></header><main class=placeholder></main>"
        + "<div class=post><h2>The ferry</h2><div><time datetime=2022-02-03T10:28:25+01:00>3. Februar 2022</time>"
        + "</div><p>The ferry sailed again, after a long winter in the harbour of the small town.</p></div>",
        "https://acme.test/ferry");
    assertEquals("2022-02-03T10:28:25+01:00", m.published().value());
  }

  @Test
  void aPublishedAbbrGivesItsDateInItsTitle() {
    Metadata m = read("<body><article><h1>The ferry</h1><p>The ferry sailed again, after a long winter in the "
        + "harbour.</p><div class=post-footer>Posted at <abbr class=published itemprop=datePublished "
        + "title=2017-09-09T10:52:00+02:00>10:52</abbr></div></article>", "https://acme.test/ferry");
    assertEquals("2017-09-09T10:52:00+02:00", m.published().value());
  }

  @Test
  void anRdfaDateCreatedCounts() {
    Metadata m = read("<body><article><h1>The ferry</h1><p>The ferry sailed again, after a long winter in the "
        + "harbour.</p><span property=schema:dateCreated content=2022-01-28T12:45:46+00:00></span></article>",
        "https://acme.test/ferry");
    assertEquals("2022-01-28T12:45:46Z", m.published().value());
  }

  @Test
  void aBylineWithACategoryGivesItsDate() {
    Metadata m = read("<body><article><h1>The ferry</h1><p class=info>Harbour news &bull; 02.02.2022</p>"
        + "<p>The ferry sailed again, after a long winter in the harbour.</p></article>", "https://acme.test/ferry");
    assertEquals("2022-02-02", m.published().value());
  }

  @Test
  void aPageThatOnlySaysWhenItChangedIsDatedByThat() {
    Metadata m = read("<head><meta property=article:modified_time content=2023-06-12T10:39:42Z></head><body>"
        + "<main><h1>Our work</h1><p>Text.</p></main>", "https://acme.test/work");
    assertEquals("2023-06-12T10:39:42Z", m.published().value());
    assertEquals("meta:article:modified_time", m.published().source());
  }

  @Test
  void thePublishedDateWinsOverTheModifiedOne() {
    Metadata m = read("<head><meta name=published-date content=2021-02-16><meta name=modified-date "
        + "content=2024-07-30></head><body><main><h1>By land, sea and air</h1><p>Text.</p></main>",
        "https://acme.test/blog/air");
    assertEquals("2021-02-16", m.published().value());
    assertEquals("2024-07-30", m.modified().value());
  }
  @Test
  void theDatePublishedOfTheBodysItemWinsOverADateInTheBody() {
    Metadata m = read("<body><div class=post itemscope itemtype=https://schema.org/BlogPosting><h3>Review</h3>"
        + "<div itemprop=articleBody><p>I read this book in summer.</p><p>14. August 2017</p>"
        + "<p>It was a long book, and a good one.</p></div><div class=post-footer>Posted at "
        + "<abbr class=published itemprop=datePublished title=2017-09-09T10:52:00+02:00>10:52</abbr></div></div>",
        "https://acme.test/review");
    assertEquals("2017-09-09T10:52:00+02:00", m.published().value());
  }
  @Test
  void anAuthorNameClassedAsACompoundIsTheByline() {
    Metadata m = read("<body><article><h1>The ferry</h1><div class=entry-meta><p class=post-author-name>"
        + "Andrea Middleton</p></div><p>The ferry sailed again.</p></article>", "https://acme.test/ferry");
    assertEquals(List.of("Andrea Middleton"), m.authors().stream().map(Sourced::value).toList());
  }

  @Test
  void aCommentAuthorIsNotTheArticlesAuthor() {
    Metadata m = read("<body><article><h1>The ferry</h1><p>The ferry sailed again.</p></article>"
        + "<ol class=comments><li><span class=comment-author>Nesselsetzer</span> Nice post!</li></ol>",
        "https://acme.test/ferry");
    assertEquals(List.of(), m.authors());
  }
  @Test
  void aTitleThatIsTheHostsNameGivesWayToTheHeading() {
    Metadata m = read("<title>Anwalt Niemeyer</title><body><h1>Willkommen!</h1><p>Text.</p>",
        "https://anwaltniemeyer.de/index.html");
    assertEquals("Willkommen!", m.titleText());
  }

  @Test
  void aHomeTitleGivesWayToTheHeading() {
    Metadata m = read("<title>Home Page</title><body><h1>Welcome to the ferry pages</h1><p>Text.</p>",
        "https://acme.test/");
    assertEquals("Welcome to the ferry pages", m.titleText());
  }

  @Test
  void aTitleThatIsNotTheHostsNameStays() {
    Metadata m = read("<title>Ferry timetables</title><body><h1>Willkommen!</h1><p>Text.</p>",
        "https://anwaltniemeyer.de/index.html");
    assertEquals("Ferry timetables", m.titleText());
  }
  @Test
  void aStructuredHeadlineThatDescribesTheSubjectIsNotTheTitle() {
    Metadata m = read("<title>New Zealand - Wikipedia</title><script type=application/ld+json>{\"@type\":"
        + "\"Article\",\"name\":\"New Zealand\",\"headline\":\"constitutional monarchy in Oceania\"}</script>"
        + "<body><main><h1>New Zealand</h1><p>Text.</p></main>", "https://en.wiki.test/wiki/New_Zealand");
    assertEquals("New Zealand", m.titleText());
  }

  @Test
  void aStructuredHeadlineThatAgreesWithTheTitleIsUsed() {
    Metadata m = read("<title>The ferry returns | Acme</title><script type=application/ld+json>{\"@type\":"
        + "\"NewsArticle\",\"headline\":\"The ferry returns after ten years\"}</script>"
        + "<body><p>Text.</p>", "https://acme.test/ferry");
    assertEquals("The ferry returns after ten years", m.titleText());
  }
  @Test
  void aWebPageItemAroundTheWholePageDoesNotWidenTheScope() {
    Metadata m = read("<body><div class=page itemscope itemtype=https://schema.org/WebPage>"
        + "<div itemprop=articleBody><p>The ferry sailed again, after a long winter.</p></div>"
        + "<div class=teasers><span itemprop=datePublished content=2019-05-01></span><a href=/x>Other</a></div>"
        + "</div>", "https://acme.test/ferry");
    assertNull(m.published());
  }
  @Test
  void codeInsideTheHeadlineIsPartOfIt() {
    Metadata m = read("<title>itertools — Functions creating iterators</title><body><main><h1><code class=\"xref "
        + "py-mod\"><span class=pre>itertools</span></code> — Functions creating iterators"
        + "<a class=headerlink href=#module-itertools>¶</a></h1><p>Text.</p></main>", "https://docs.acme.test/it");
    assertEquals("itertools — Functions creating iterators", m.titleText());
  }

  @Test
  void aSubHeadingSplitByHyphensIsAKicker() {
    Metadata m = read("<title>Klimavorreiter Oberland? - Acme</title><body><article><h1 class=entry-title>"
        + "<span class=sub-heading>Energiewende Oberland:</span> <br> Klimavorreiter Oberland?</h1><p>Text.</p>"
        + "</article>", "https://acme.test/klima");
    assertEquals("Klimavorreiter Oberland?", m.titleText());
  }

  @Test
  void anH1InAPageHeaderThatTheDeclaredTitleRepeatsIsTheTitle() {
    Metadata m = read("<title>Water-Making Spell - Acme Wiki</title><meta property=og:site_name content='Acme Wiki'>"
        + "<body><header class=page-header><h1>Water-Making Spell</h1></header><p>A charm that makes water.</p>"
        + "<div class=footer-feed><h1>Fan Feed</h1><a href=/a>More</a></div>", "https://wiki.acme.test/Spell");
    assertEquals("Water-Making Spell", m.titleText());
  }

  @Test
  void aMastheadH1ThatOnlyTheTitleRepeatsStillNamesTheSite() {
    Metadata m = read("<title>Acme Notes</title><body><header><h1>Acme Notes</h1></header><div class=post>"
        + "<h2 class=entry-title>The ferry returns</h2><p>Text.</p></div>", "https://acme-notes.test/ferry");
    assertEquals("The ferry returns", m.titleText());
  }

  @Test
  void aMastheadH1ThatIsTheTitlesSiteSuffixIsNotTheTitle() {
    Metadata m = read("<title>Paris Haute Couture: Serkan Cura | modabot</title><body><header class=branding>"
        + "<h1><a href=https://elsewhere.test/>modabot</a></h1></header><div id=main><article><header class=entry-header>"
        + "<h1 class=entry-title>Paris Haute Couture: Serkan Cura</h1></header><p>Text.</p></article></div>",
        "https://archive.test/web/1/paris");
    assertEquals("Paris Haute Couture: Serkan Cura", m.titleText());
  }

  @Test
  void aMetaTitleNamingTheSectionLosesToATitleThatAgreesWithTheH1() {
    Metadata m = read("<title>Acme: The ferry returns after ten years</title><meta property=og:title "
        + "content='Press releases'><meta property=og:site_name content=Acme><body><div class=detail>"
        + "<h1>The ferry returns after ten years</h1><p>Text.</p></div>", "https://acme.test/press/ferry");
    assertEquals("The ferry returns after ten years", m.titleText());
  }

  @Test
  void aMetaTitleStaysWhenTheTitleElementDoesNotBackTheH1() {
    Metadata m = read("<title>Press releases | Acme</title><meta property=og:title content='Press releases'>"
        + "<body><div class=detail><h1>Contact</h1><p>Text.</p></div>", "https://acme.test/press");
    assertEquals("Press releases", m.titleText());
  }

  @Test
  void aLabelH1ThatTheTitleRepeatsDoesNotOverruleTheMetaTitle() {
    Metadata m = read("<title>News - Acme</title><meta property=og:title content='The ferry returns after ten years'>"
        + "<body><div class=detail><h1>News</h1><p>Text.</p></div>", "https://acme.test/news/ferry");
    assertEquals("The ferry returns after ten years", m.titleText());
  }

  @Test
  void desktopAndMobileCopiesOfAHeadingCountOnce() {
    Metadata m = read("<title>Acme News - Home</title><body><main><h1><div class=logo-desktop><svg><title>News</title>"
        + "</svg></div><div class=logo-mobile><svg><title>News</title></svg></div></h1><p>Text.</p></main>",
        "https://acme.test/news");
    assertEquals("News", m.titleText());
  }

  @Test
  void anAnimatedAriaHiddenCopyOfTheHeadlineIsLeftOut() {
    Metadata m = read("<title>Acme</title><body><main><h1><span aria-hidden=true><span>The ferry</span><span>returns"
        + "</span><span>The ferry returns</span></span><span class=visually-hidden>The ferry returns</span></h1>"
        + "<p>Text.</p></main>", "https://acme.test/");
    assertEquals("The ferry returns", m.titleText());
  }

  @Test
  void anAriaHiddenSeparatorInTheHeadlineStays() {
    Metadata m = read("<title>Acme</title><body><main><h1 itemprop=headline><span>Harbour news</span><span "
        + "aria-hidden=true> – </span><span>The ferry returns</span></h1><p>Text.</p></main>", "https://acme.test/");
    assertEquals("Harbour news – The ferry returns", m.titleText());
  }

  @Test
  void aSiteSuffixHiddenInTheHeadlineIsNotPartOfTheTitle() {
    Metadata m = read("<title>The ferry returns after ten years | Acme</title><meta property=og:title "
        + "content='The ferry returns after ten years'><body><main><h1 class=title>The ferry returns after ten years"
        + "<span class=element-invisible> | Harbour Times</span></h1><p>Text.</p></main>", "https://acme.test/f");
    assertEquals("The ferry returns after ten years", m.titleText());
  }

  @Test
  void aMetaTitleCutShortByAnUnescapedQuoteIsNotUsed() {
    Metadata m = read("<title>Senator calls the plan \"reckless\"</title><meta property=og:title "
        + "content=\"Senator calls the plan \"reckless\"\"><body><p>Text.</p>", "https://acme.test/senator");
    assertEquals("Senator calls the plan \"reckless\"", m.titleText());
  }
}
