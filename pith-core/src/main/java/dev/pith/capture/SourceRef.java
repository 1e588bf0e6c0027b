package dev.pith.capture;

import java.util.Objects;

/**
 * Where a capture came from, precise enough to find it again: a file, or a record at an offset in an archive.
 *
 * @param name a path, URL or other name of the container; {@code -} for standard input
 * @param offset byte offset of the record in the container, or -1 when the capture is the whole container
 */
public record SourceRef(String name, long offset) {
  public SourceRef {
    Objects.requireNonNull(name, "name");
    if (offset < -1) {
      throw new IllegalArgumentException("offset must be >= -1, was " + offset);
    }
  }

  /** A whole file or stream. */
  public static SourceRef of(String name) {
    return new SourceRef(name, -1);
  }

  /** A record at {@code offset} in an archive. */
  public static SourceRef at(String name, long offset) {
    return new SourceRef(name, offset);
  }

  @Override
  public String toString() {
    return offset < 0 ? name : "offset " + offset + " in " + name;
  }
}
