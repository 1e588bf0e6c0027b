package dev.pith.html;

import dev.pith.internal.TextNormalizer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an element as a browser lays it out: whitespace collapsed, {@code <br>} and block
 * boundaries as line breaks, lines trimmed, empty lines dropped. Also counts link text. Iterative, so deep markup
 * cannot overflow the stack.
 *
 * @param text the text, lines separated by {@code '\n'}
 * @param visible non-whitespace characters in the text
 * @param linked non-whitespace characters inside links
 * @param leadingLinked non-whitespace characters inside links before the first character outside a link (a
 *     teaser's linked title followed by its summary has a long linked lead)
 */
public record InlineText(String text, int visible, int linked, int leadingLinked) {

  /**
   * The first {@code max} characters of the element's text on one line (whitespace collapsed), with "…" when
   * there is more; stops reading as soon as it has enough.
   */
  public static String start(Element element, int max) {
    StringBuilder out = new StringBuilder(Math.min(max, 64) + 1);
    boolean[] more = {false};
    boolean[] space = {false};
    NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String raw = t.getWholeText();
          for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (isInvisible(c)) {
              continue;
            }
            if (isSpace(c)) {
              space[0] = out.length() > 0;
            } else {
              if (out.length() >= max) {
                more[0] = true;
                return FilterResult.STOP;
              }
              if (space[0]) {
                out.append(' ');
                space[0] = false;
              }
              out.append(c);
            }
          }
        } else if (node instanceof Element e && (e.nameIs("br") || Tags.isBlock(e.normalName()))) {
          space[0] = out.length() > 0;
        }
        return FilterResult.CONTINUE;
      }
    }, element);
    return more[0] ? out + "…" : out.toString();
  }

  /** Collects the text under {@code element}. */
  public static InlineText of(Element element) {
    Collector collector = new Collector();
    NodeTraversor.traverse(collector, element);
    return collector.result();
  }

  /** Appends text to a buffer the way a browser lays out whitespace; shared with the block segmenter. */
  public static final class Builder {
    private final StringBuilder out = new StringBuilder();
    private boolean pendingSpace;
    private int visible;
    private int linked;
    private int leadingLinked;
    private boolean unlinkedSeen;

    /** Appends a text node's text; {@code inLink} counts it as link text. */
    public void text(String raw, boolean inLink) {
      int i = 0;
      int n = raw.length();
      while (i < n) {
        char c = raw.charAt(i);
        if (isInvisible(c)) {
          i++;
          continue;
        }
        if (isSpace(c)) {
          pendingSpace = true;
          i++;
          continue;
        }
        if (pendingSpace) {
          if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append(' ');
          }
          pendingSpace = false;
        }
        // a word at a time: one append per run of visible characters, not one per character
        int start = i;
        do {
          i++;
        } while (i < n && isVisible(raw.charAt(i)));
        out.append(raw, start, i);
        int run = i - start;
        visible += run;
        if (inLink) {
          linked += run;
          if (!unlinkedSeen) {
            leadingLinked += run;
          }
        } else {
          unlinkedSeen = true;
        }
      }
    }

    /** A line break ({@code <br>} or a block boundary inside inline content). */
    public void newline() {
      pendingSpace = false;
      int len = out.length();
      if (len > 0 && out.charAt(len - 1) != '\n') {
        out.append('\n');
      }
    }

    /** True when the buffer ends with a line break (a second {@code <br>} makes a paragraph break). */
    public boolean endsWithNewline() {
      int len = out.length();
      return len > 0 && out.charAt(len - 1) == '\n';
    }

    public boolean hasText() {
      return visible > 0;
    }

    public int visible() {
      return visible;
    }

    public int linked() {
      return linked;
    }

    /** The collected text with trailing line breaks removed, in Unicode normal form C (as the W3C asks). */
    public String build() {
      int end = out.length();
      while (end > 0 && out.charAt(end - 1) == '\n') {
        end--;
      }
      String text = out.substring(0, end);
      return TextNormalizer.nfc(text);
    }

    public InlineText result() {
      return new InlineText(build(), visible, linked, leadingLinked);
    }

    public void reset() {
      out.setLength(0);
      pendingSpace = false;
      visible = 0;
      linked = 0;
      leadingLinked = 0;
      unlinkedSeen = false;
    }
  }

  /** Neither {@link #isSpace space} nor {@link #isInvisible invisible}; printable ASCII is answered first. */
  private static boolean isVisible(char c) {
    return c > ' ' && c < '\u00a0' || !isSpace(c) && !isInvisible(c);
  }

  /** Whitespace as HTML lays it out, plus the no-break and typographic spaces pages use for spacing. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0'
        || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\u202f'
        || c == '\u3000' || c == '\u200a' || c == '\u2007' || c == '\u2008';
  }

  /**
   * Characters that only guide layout and are never read: soft hyphens, zero-width spaces, word joiners, byte
   * order marks. Left in, they split words ("Welt\u00adernährung") for every reader of the text.
   */
  public static boolean isInvisible(char c) {
    return c == '\u00ad' || c == '\u200b' || c == '\u2060' || c == '\ufeff';
  }

  private static final class Collector implements NodeVisitor {
    private final Builder builder = new Builder();
    private int linkDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        builder.text(text.getWholeText(), linkDepth > 0);
      } else if (node instanceof Element e) {
        if (e.nameIs("br")) {
          builder.newline();
        } else if (e.nameIs("a")) {
          linkDepth++;
        } else if (depth > 0 && Tags.isBlock(e.normalName())) {
          builder.newline();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.nameIs("a")) {
          linkDepth--;
        } else if (depth > 0 && Tags.isBlock(e.normalName())) {
          builder.newline();
        }
      }
    }

    InlineText result() {
      return builder.result();
    }
  }
}
