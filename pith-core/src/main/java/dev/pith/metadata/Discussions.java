package dev.pith.metadata;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Tells discussion pages (forum threads, Q&A pages, comment threads) from articles with comments. On a discussion
 * page the posts are the content, so they must not be removed as comments. The signals are the ones forum software
 * gives away everywhere: schema.org types, the generator tag, and the URL shapes of the common engines (Discourse
 * {@code /t/slug/123}, XenForo {@code /threads/}, phpBB {@code viewtopic.php}, vBulletin {@code showthread.php},
 * Invision {@code /topic/}, Stack Exchange {@code /questions/123}, Reddit {@code /comments/}).
 */
public final class Discussions {
  private static final Pattern URL_SHAPES = Pattern.compile(
      "/t/[^/]+/\\d+|/threads?/|/topic/|/topics/|viewtopic\\.php|showthread\\.php|showtopic|/questions/\\d+"
          + "|/comments/[a-z0-9]+/|/discussion/\\d+|/d/\\d+-|/forum/.+/.+|/forums/.+/.+|/community/.+/.+");
  private static final Pattern GENERATORS = Pattern.compile(
      "discourse|xenforo|phpbb|vbulletin|invision|ips community|flarum|nodebb|vanilla|mybb|simple machines|smf"
          + "|punbb|fluxbb|discuz|yabb|jforum|khoros|lithium");
  private static final Pattern SCHEMA = Pattern.compile(
      "\"@type\"\\s*:\\s*\\[?\\s*\"(DiscussionForumPosting|QAPage|Question)\"");

  private Discussions() {}

  /** True when the page is a discussion whose posts are its content. */
  public static boolean isDiscussion(PageIndex index, @Nullable String url) {
    if (url != null && URL_SHAPES.matcher(url.toLowerCase(Locale.ROOT)).find()) {
      return true;
    }
    for (Element meta : index.metas) {
      if (meta.attr("name").equalsIgnoreCase("generator")
          && GENERATORS.matcher(meta.attr("content").toLowerCase(Locale.ROOT)).find()) {
        return true;
      }
    }
    for (String data : index.jsonLd) {
      if (data.length() < 200_000 && SCHEMA.matcher(data).find()) {
        return true;
      }
    }
    for (String type : index.itemTypes) {
      String t = type.toLowerCase(Locale.ROOT);
      if (t.contains("schema.org/discussionforumposting") || t.contains("schema.org/qapage")
          || t.contains("schema.org/question")) {
        return true;
      }
    }
    return false;
  }
}
