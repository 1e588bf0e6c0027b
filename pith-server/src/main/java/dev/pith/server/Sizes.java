package dev.pith.server;

/** Byte counts as people read them: {@code 10 MiB}, {@code 512 KiB}, {@code 300 bytes}. */
final class Sizes {
  private Sizes() {}

  static String show(long bytes) {
    if (bytes >= (1L << 30) && bytes % (1L << 30) == 0) {
      return (bytes >> 30) + " GiB";
    }
    if (bytes >= (1L << 20) && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " bytes";
  }
}
