package dev.pith.text;

import dev.pith.document.RemovalReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lists of records: comment threads, teaser lists, search results. Each record repeats the same short line
 * shape ("2 days ago at 07:52 am", "Rating: 36 Votes", "Reply", "16 hours ago on iOS Blog"; digits count as one
 * shape), so a shape seen at least {@value #MIN_RECORDS} times at short intervals marks the lines between its first
 * and last occurrence as a record list. Prose inside a record list weighs less: an article outweighs the comments
 * under it even when they are longer, while a page that is only a thread (a forum) still has its posts found.
 */
final class Records {
  /** A shape must repeat this often to mark records. */
  static final int MIN_RECORDS = 3;
  /** Records are at most this many lines apart (a long comment may hold several paragraphs). */
  static final int MAX_GAP_LINES = 25;
  /** Shapes are taken from lines up to this long. */
  private static final int MAX_SHAPE_CHARS = 80;
  /** A record with this much more prose than the typical one is an article among teasers, not a record. */
  static final double OUTLIER_FACTOR = 4;
  /** ... and with at least this much prose (a few sentences). */
  static final double MIN_OUTLIER_WEIGHT = 60;
  /** A list of records needs at least this much prose (a few sentences) to count as one. */
  static final double MIN_LIST_PROSE = 30;
  /** What a line of furniture inside a record list weighs. */
  static final double SEPARATOR_WEIGHT = -0.3;
  /** What prose inside a record list keeps of its weight. */
  static final double PROSE_SHARE = 0.35;

  private Records() {}

  /** Lowers the weight of prose inside record lists, and of the repeated record lines themselves. */
  static void discount(List<Line> lines) {
    Map<Long, List<Integer>> shapes = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      // only shapes seen at least MIN_RECORDS times can mark records (most lines are unique: skip them cheaply)
      if (line.shapeRepeats >= MIN_RECORDS && isMarkerCandidate(line)) {
        long shape = line.shapeHash;
        if (shape != 0) {
          List<Integer> at = shapes.computeIfAbsent(shape, k -> new ArrayList<>());
          // the same line again right after itself (a gallery's captions) is one occurrence, not a new record
          if (at.isEmpty() || i - at.get(at.size() - 1) > 1) {
            at.add(i);
          } else {
            at.set(at.size() - 1, i);
          }
        }
      }
    }
    boolean[] inRecords = new boolean[lines.size()];
    boolean any = false;
    for (List<Integer> positions : shapes.values()) {
      if (positions.size() < MIN_RECORDS) {
        continue;
      }
      // runs of occurrences at most MAX_GAP_LINES apart
      int runStart = 0;
      for (int k = 1; k <= positions.size(); k++) {
        if (k == positions.size() || positions.get(k) - positions.get(k - 1) > MAX_GAP_LINES) {
          if (k - runStart >= MIN_RECORDS) {
            List<Integer> run = positions.subList(runStart, k);
            if (mark(lines, run, inRecords)) {
              any = true;
              if (isThreadMarker(lines.get(run.get(0)))) {
                int first = run.get(0);
                while (first > 0 && inRecords[first - 1]) {
                  first--;
                }
                lines.get(first).threadStart = true;
              }
            }
          }
          runStart = k;
        }
      }
    }
    if (!any) {
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (inRecords[i]) {
        line.inRecords = true;
        if (line.weight > 0) {
          line.weight *= PROSE_SHARE;
        } else if (!line.barrier) {
          // the records' own furniture (names, dates, buttons) must not cut the list into pieces: the list is
          // judged as a whole against the rest of the page
          line.weight = Math.max(line.weight, SEPARATOR_WEIGHT);
        }
      }
    }
  }

  /**
   * Marks the records that start at {@code markers}: each runs from its marker to the next, the last one as far as
   * the typical record. A record with far more prose than the typical one is not a record but an article that
   * happens to sit among them (its byline has the teasers' shape), and stays unmarked.
   */
  private static boolean mark(List<Line> lines, List<Integer> markers, boolean[] inRecords) {
    int count = markers.size();
    double[] prose = new double[count];
    int[] gaps = new int[count - 1];
    for (int r = 0; r < count; r++) {
      int from = markers.get(r);
      int to = r + 1 < count ? markers.get(r + 1) : Math.min(lines.size(), from + 1);
      if (r + 1 < count) {
        gaps[r] = to - from;
      }
      for (int i = from; i < to; i++) {
        prose[r] += Math.max(0, lines.get(i).weight);
      }
    }
    int[] sortedGaps = gaps.clone();
    java.util.Arrays.sort(sortedGaps);
    int typicalGap = sortedGaps[sortedGaps.length / 2];
    double[] sortedProse = prose.clone();
    java.util.Arrays.sort(sortedProse);
    double typicalProse = sortedProse[count / 2];
    double totalProse = 0;
    for (double p : prose) {
      totalProse += p;
    }
    if (totalProse < MIN_LIST_PROSE) {
      // records without prose (a gallery, a menu with dates) are furniture, judged line by line
      return false;
    }
    // the record before the first marker: markers may follow their records ("Reply" under each post)
    int before = Math.max(0, markers.get(0) - typicalGap);
    double beforeProse = 0;
    for (int i = before; i < markers.get(0); i++) {
      beforeProse += Math.max(0, lines.get(i).weight);
    }
    if (!(beforeProse >= MIN_OUTLIER_WEIGHT && beforeProse > OUTLIER_FACTOR * typicalProse)) {
      for (int i = before; i < markers.get(0); i++) {
        if (!lines.get(i).barrier) {
          inRecords[i] = true;
        }
      }
    }
    for (int r = 0; r < count; r++) {
      int from = markers.get(r);
      int to = r + 1 < count ? markers.get(r + 1) : Math.min(lines.size(), from + typicalGap);
      if (r == count - 1) {
        prose[r] = 0;
        for (int i = from; i < to; i++) {
          prose[r] += Math.max(0, lines.get(i).weight);
        }
      }
      if (prose[r] >= MIN_OUTLIER_WEIGHT && prose[r] > OUTLIER_FACTOR * typicalProse) {
        continue;
      }
      for (int i = from; i < to; i++) {
        inRecords[i] = true;
      }
      Line marker = lines.get(from);
      marker.weight = Math.min(marker.weight, LineClassifier.CHROME_WEIGHT);
    }
    return true;
  }

  /**
   * Whether a marker is a comment's or a teaser's: a date or time, a comment widget, or a verb of saying ("Alex
   * says:"). A product list inside an article ("Price: $299" under each item) has other markers.
   */
  private static boolean isThreadMarker(Line marker) {
    if (marker.reason == RemovalReason.METADATA || marker.reason == RemovalReason.COMMENTS) {
      return true;
    }
    for (String w : marker.key().split(" ")) {
      switch (w) {
        case "says": case "said": case "wrote": case "writes": case "ago": case "reply": case "replies":
        case "votes": case "points": case "likes": case "posted": case "quote": case "report": case "permalink":
        case "schrieb": case "sagt": case "dit": case "escribió": case "dice": case "scrive": case "disse":
          return true;
        default:
          break;
      }
    }
    return false;
  }

  private static boolean isMarkerCandidate(Line line) {
    if (line.text.length() > MAX_SHAPE_CHARS || line.kind == Line.Kind.PROSE) {
      return false;
    }
    if (line.reason == null) {
      return true;
    }
    return line.reason == RemovalReason.METADATA || line.reason == RemovalReason.COMMENTS && !line.barrier;
  }

  /** The line's folded text with every run of digits as '#'. */
  static String shape(String text) {
    return shapeOfKey(LinePhrases.key(text));
  }

  /** A folded text ({@link LinePhrases#key}) with every run of digits as '#'. */
  static String shapeOfKey(String key) {
    boolean digits = false;
    for (int i = 0; i < key.length() && !digits; i++) {
      char c = key.charAt(i);
      digits = c >= '0' && c <= '9';
    }
    if (!digits) {
      return key;
    }
    StringBuilder out = new StringBuilder(key.length());
    boolean digit = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= '0' && c <= '9') {
        if (!digit) {
          out.append('#');
        }
        digit = true;
      } else {
        out.append(c);
        digit = false;
      }
    }
    return out.toString();
  }
}
