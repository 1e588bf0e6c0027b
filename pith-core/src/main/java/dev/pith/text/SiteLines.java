package dev.pith.text;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Lines that repeat across many captures of one site: the menus, footers and pitches of its template. A line that
 * stands in a good share of a site's captures is boilerplate whatever it says, the strongest evidence a flattened
 * capture can have. The caller owns this object: build it from a first pass over a batch, then hand it to every
 * extraction of that batch. Immutable and thread-safe once built; {@link #none()} knows no site.
 *
 * <pre>{@code
 * SiteLines.Builder builder = SiteLines.builder();
 * for (Capture c : batch) builder.add(c.url(), textOf(c));
 * SiteLines sites = builder.build();
 * for (Capture c : batch) extractor.extract(c, sites);
 * }</pre>
 */
public final class SiteLines {
  /** A line must stand in at least this many captures of a site to count as repeated. */
  public static final int DEFAULT_MIN_PAGES = 3;
  /** ... and in at least this share of the site's captures, so that a few shared quotes do not count. */
  public static final double DEFAULT_MIN_SHARE = 0.3;
  /** Lines longer than this (in characters) are not counted: templates repeat short lines. */
  static final int MAX_LINE_CHARS = LineMeasures.MAX_KEY_CHARS;

  private static final SiteLines NONE = new SiteLines(Map.of(), DEFAULT_MIN_PAGES, DEFAULT_MIN_SHARE);

  /** Site key → line hash → number of captures holding the line. */
  private final Map<String, SiteCounts> sites;
  private final int minPages;
  private final double minShare;

  private SiteLines(Map<String, SiteCounts> sites, int minPages, double minShare) {
    this.sites = sites;
    this.minPages = minPages;
    this.minShare = minShare;
  }

  /** Knows no site: no line counts as repeated. */
  public static SiteLines none() {
    return NONE;
  }

  /** A builder with the default thresholds. */
  public static Builder builder() {
    return new Builder(DEFAULT_MIN_PAGES, DEFAULT_MIN_SHARE);
  }

  /**
   * A builder with the given thresholds.
   *
   * @throws IllegalArgumentException when {@code minPages < 2} or {@code minShare} is not in (0, 1]
   */
  public static Builder builder(int minPages, double minShare) {
    if (minPages < 2) {
      throw new IllegalArgumentException("minPages must be >= 2, was " + minPages);
    }
    if (!(minShare > 0 && minShare <= 1)) {
      throw new IllegalArgumentException("minShare must be in (0, 1], was " + minShare);
    }
    return new Builder(minPages, minShare);
  }

  /**
   * The site a capture belongs to: its URL's host without {@code www.}, lower case; the empty string when the URL
   * is unknown (captures without URLs form one unnamed site).
   */
  public static String siteOf(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    try {
      String host = URI.create(url.strip().replace(" ", "%20")).getHost();
      if (host == null) {
        return "";
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException notAUri) {
      return "";
    }
  }

  /** Number of sites seen. */
  public int siteCount() {
    return sites.size();
  }

  /** Number of captures seen of {@code site}. */
  public int captures(String site) {
    SiteCounts counts = sites.get(site);
    return counts == null ? 0 : counts.captures;
  }

  /** Whether {@code line} counts as repeated on {@code site}. */
  public boolean isRepeated(String site, String line) {
    return view(site).pages(LinePhrases.hash(LinePhrases.key(line))) > 0;
  }

  /** The view of one site that the classifier asks. */
  Site view(String site) {
    SiteCounts counts = sites.get(site);
    if (counts == null) {
      return Site.EMPTY;
    }
    int threshold = Math.max(minPages, (int) Math.ceil(minShare * counts.captures));
    return new Site(counts, threshold);
  }

  /** The repeated lines of one site. */
  static final class Site {
    static final Site EMPTY = new Site(null, Integer.MAX_VALUE);
    private final @Nullable SiteCounts counts;
    private final int threshold;

    private Site(@Nullable SiteCounts counts, int threshold) {
      this.counts = counts;
      this.threshold = threshold;
    }

    /** In how many of the site's captures the line with this key hash stands, or 0 when too few to count. */
    int pages(long keyHash) {
      if (counts == null || keyHash == 0) {
        return 0;
      }
      Integer n = counts.lines.get(keyHash);
      return n != null && n >= threshold ? n : 0;
    }
  }

  private static final class SiteCounts {
    final Map<Long, Integer> lines = new HashMap<>();
    int captures;
  }

  /** Collects the lines of a batch. Not thread-safe: one thread adds, then builds. */
  public static final class Builder {
    private final Map<String, SiteCounts> sites = new HashMap<>();
    private final int minPages;
    private final double minShare;
    private boolean built;

    private Builder(int minPages, double minShare) {
      this.minPages = minPages;
      this.minShare = minShare;
    }

    /** Adds one capture's text, of the site its {@code url} names (see {@link #siteOf}). */
    public Builder add(@Nullable String url, String text) {
      Objects.requireNonNull(text, "text");
      if (built) {
        throw new IllegalStateException("add after build: make a new builder");
      }
      SiteCounts counts = sites.computeIfAbsent(siteOf(url), k -> new SiteCounts());
      counts.captures++;
      Set<Long> seen = new HashSet<>();
      for (Line line : LineReader.read(text, Integer.MAX_VALUE)) {
        if (line.text.length() <= MAX_LINE_CHARS) {
          LinePhrases.hashes(line);
          if (line.keyHash != 0 && seen.add(line.keyHash)) {
            counts.lines.merge(line.keyHash, 1, Integer::sum);
          }
        }
      }
      return this;
    }

    /** The repeated lines seen so far; the builder can no longer be used. */
    public SiteLines build() {
      built = true;
      return new SiteLines(Map.copyOf(sites), minPages, minShare);
    }
  }


}
