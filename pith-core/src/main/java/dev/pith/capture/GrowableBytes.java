package dev.pith.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;

/**
 * A byte array that grows as a payload is read into it, up to a limit; what was read stays available when the read
 * fails part-way (a payload cut short keeps its first part). Not thread-safe.
 */
final class GrowableBytes {
  /** Thrown when the input has more bytes than the limit; the bytes read so far are kept. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("over the limit", null);
    }
  }

  private byte[] bytes;
  private int size;

  GrowableBytes(long initialCapacity) {
    bytes = new byte[(int) Math.max(16, Math.min(initialCapacity, 1 << 20))];
  }

  int size() {
    return size;
  }

  byte[] toByteArray() {
    return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
  }

  /** Reads {@code in} to its end. @throws TooLarge when it holds more than {@code maxBytes} */
  void readFrom(InputStream in, long maxBytes) throws IOException {
    while (true) {
      ensureRoom(maxBytes);
      int n = in.read(bytes, size, bytes.length - size);
      if (n < 0) {
        return;
      }
      size += n;
      if (size > maxBytes) {
        throw new TooLarge();
      }
    }
  }

  /** Reads {@code in} to its end. @throws TooLarge when it holds more than {@code maxBytes} */
  void readFrom(ReadableByteChannel in, long maxBytes) throws IOException {
    while (true) {
      ensureRoom(maxBytes);
      int n = in.read(ByteBuffer.wrap(bytes, size, bytes.length - size));
      if (n < 0) {
        return;
      }
      size += n;
      if (size > maxBytes) {
        throw new TooLarge();
      }
    }
  }

  private void ensureRoom(long maxBytes) {
    if (size < bytes.length) {
      return;
    }
    // one byte past the limit is enough to know the input is over it
    long cap = Math.min(Integer.MAX_VALUE - 16, maxBytes + 1);
    long grown = Math.min(cap, Math.max(bytes.length * 2L, 16));
    if (grown <= size) {
      grown = size + 1L;
    }
    bytes = Arrays.copyOf(bytes, (int) grown);
  }
}
