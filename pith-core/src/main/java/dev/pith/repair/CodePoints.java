package dev.pith.repair;

/** A forward cursor over code points, from an array or from part of a text; {@link #next} gives -1 at the end. */
abstract class CodePoints {
  abstract int next();

  static final class OfArray extends CodePoints {
    private final int[] cps;
    private int i;

    OfArray(int[] cps) {
      this.cps = cps;
    }

    @Override
    int next() {
      return i < cps.length ? cps[i++] : -1;
    }
  }

  static final class OfText extends CodePoints {
    private final CharSequence text;
    private final int to;
    private int i;

    OfText(CharSequence text, int from, int to) {
      this.text = text;
      this.i = from;
      this.to = to;
    }

    @Override
    int next() {
      if (i >= to) {
        return -1;
      }
      char c = text.charAt(i++);
      if (Character.isHighSurrogate(c) && i < to && Character.isLowSurrogate(text.charAt(i))) {
        return Character.toCodePoint(c, text.charAt(i++));
      }
      return c;
    }
  }

  /** The code points of {@code text[from, to)}. */
  static int[] of(CharSequence text, int from, int to) {
    int[] out = new int[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
        out[n++] = Character.toCodePoint(c, text.charAt(++i));
      } else {
        out[n++] = c;
      }
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }
}
