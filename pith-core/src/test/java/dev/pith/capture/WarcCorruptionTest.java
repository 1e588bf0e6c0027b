package dev.pith.capture;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random WARC files with one corruption each: whatever is broken, reading never throws or hangs, every
 * record outside the damage comes out exactly as from the clean file, and the damage costs exactly one outcome.
 */
class WarcCorruptionTest {
  private static final int CASES = 120;

  @TempDir Path dir;

  enum Damage { CUT_MEMBER, CUT_FILE, GARBAGE, FLIP_IN_BLOCK }

  static Stream<Integer> seeds() {
    return IntStream.range(0, CASES).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void damageCostsExactlyOneOutcome(int seed) throws IOException {
    Random random = new Random(seed);
    boolean gzip = random.nextBoolean();
    Damage damage = Damage.values()[random.nextInt(Damage.values().length)];
    int n = 3 + random.nextInt(8);
    List<byte[]> records = new ArrayList<>();
    List<Integer> blockStarts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      WarcBuilder one = gzip ? WarcBuilder.gzipped() : WarcBuilder.plain();
      int kind = random.nextInt(6);
      String url = "https://example.org/" + seed + "/" + i;
      String html = WarcBuilder.article(seed * 100 + i);
      switch (kind) {
        case 0 -> one.warcinfo();
        case 1 -> one.request(url);
        case 2 -> one.response(url, WarcBuilder.http(200, "image/gif", "GIF89a\0\0\0\0".getBytes(UTF_8)));
        case 3 -> one.response(url, WarcBuilder.http(200, "text/html",
            WarcBuilder.chunked(html.getBytes(UTF_8), 1 + random.nextInt(200)), "Transfer-Encoding: chunked"));
        case 4 -> one.response(url, WarcBuilder.http(200, "text/html", WarcBuilder.gzip(html.getBytes(UTF_8)),
            "Content-Encoding: gzip"));
        default -> one.page(url, "text/html; charset=utf-8", html);
      }
      byte[] bytes = unique(one.bytes(), i, gzip);
      records.add(bytes);
      blockStarts.add(blockStart(bytes, gzip));
    }
    List<SourceRecord> clean = read(concat(records, -1, null), "clean");
    assertEquals(n, clean.size(), "the clean file reads as one outcome per record");
    clean.forEach(r -> assertTrue(!(r instanceof SourceRecord.Broken), r::toString));

    int victim = random.nextInt(n);
    byte[] damaged;
    int expected;
    switch (damage) {
      case CUT_MEMBER -> {
        byte[] v = records.get(victim);
        records.set(victim, Arrays.copyOf(v, 1 + random.nextInt(v.length - 1)));
        damaged = concat(records, -1, null);
        expected = n;
      }
      case CUT_FILE -> {
        byte[] v = records.get(victim);
        records.set(victim, Arrays.copyOf(v, 1 + random.nextInt(v.length - 1)));
        damaged = concat(records.subList(0, victim + 1), -1, null);
        expected = victim + 1;
      }
      case GARBAGE -> {
        byte[] junk = new byte[1 + random.nextInt(3000)];
        random.nextBytes(junk);
        damaged = concat(records, victim, junk);
        expected = n + 1;
      }
      default -> {
        byte[] v = records.get(victim).clone();
        int from = gzip ? 10 : blockStarts.get(victim);
        int at = from + random.nextInt(Math.max(1, v.length - from - (gzip ? 8 : 4)));
        v[at] ^= (byte) (1 + random.nextInt(255));
        records.set(victim, v);
        damaged = concat(records, -1, null);
        expected = n;
      }
    }
    List<SourceRecord> read = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(damaged, "damaged"));
    String context = damage + " of record " + victim + "/" + n + (gzip ? " (gzip)" : " (plain)") + ": " + read;
    assertEquals(expected, read.size(), context);
    for (int i = 0; i < read.size(); i++) {
      assertEquals(i, read.get(i).info().ordinal(), context);
    }
    // every record outside the damage is read exactly as from the clean file
    Map<String, SourceRecord> byId = new LinkedHashMap<>();
    for (SourceRecord r : read) {
      if (r.info().recordId() != null) {
        byId.put(r.info().recordId(), r);
      }
    }
    int lastUndamaged = damage == Damage.CUT_FILE ? victim : n;
    for (int i = 0; i < lastUndamaged; i++) {
      if (i == victim) {
        continue;
      }
      SourceRecord want = clean.get(i);
      SourceRecord got = byId.get(want.info().recordId());
      assertSame(want, got, context);
    }
    if (damage == Damage.CUT_FILE) {
      assertInstanceOf(SourceRecord.Broken.class, read.get(read.size() - 1), context);
    }
    if (damage == Damage.GARBAGE) {
      assertInstanceOf(SourceRecord.Broken.class, read.get(victim + 1), context);
    }

    // a stream that cannot seek gives the same outcomes up to the first broken stretch, then stops
    List<SourceRecord> streamed;
    try (WarcCaptureSource s = WarcCaptureSource.open(new ByteArrayInputStream(damaged), "damaged",
        WarcCaptureSource.Options.defaults())) {
      streamed = s.records().toList();
    }
    int firstBroken = 0;
    while (firstBroken < read.size() && !(read.get(firstBroken) instanceof SourceRecord.Broken)) {
      firstBroken++;
    }
    assertTrue(streamed.size() <= firstBroken + 1, context);
    for (int i = 0; i < Math.min(firstBroken, streamed.size()); i++) {
      assertSame(read.get(i), streamed.get(i), context);
    }
  }

  /** Same outcome kind, reason and payload; offsets and ordinals may differ when garbage shifted them. */
  private static void assertSame(SourceRecord want, SourceRecord got, String context) {
    assertTrue(got != null, "record " + want.info().recordId() + " is missing: " + context);
    assertEquals(want.getClass(), got.getClass(), context);
    assertEquals(want.info().targetUri(), got.info().targetUri(), context);
    if (want instanceof SourceRecord.Page p) {
      assertTrue(Arrays.equals(p.capture().body(), ((SourceRecord.Page) got).capture().body()), context);
    } else if (want instanceof SourceRecord.Skipped s) {
      assertEquals(s.reason(), ((SourceRecord.Skipped) got).reason(), context);
    }
  }

  /** Gives each record an id of its own (the builder numbers from 1 in each instance). */
  private static byte[] unique(byte[] bytes, int i, boolean gzip) {
    String id = String.format(java.util.Locale.ROOT, "%012d", 1);
    String mine = String.format(java.util.Locale.ROOT, "%012d", 1000 + i);
    if (!gzip) {
      return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace(id, mine)
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
    try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(bytes))) {
      byte[] plain = in.readAllBytes();
      return WarcBuilder.gzip(new String(plain, java.nio.charset.StandardCharsets.ISO_8859_1).replace(id, mine)
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int blockStart(byte[] record, boolean gzip) {
    if (gzip) {
      return 10;
    }
    String s = new String(record, java.nio.charset.StandardCharsets.ISO_8859_1);
    return s.indexOf("\r\n\r\n") + 4;
  }

  private static byte[] concat(List<byte[]> parts, int junkAfter, byte[] junk) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < parts.size(); i++) {
      out.writeBytes(parts.get(i));
      if (i == junkAfter) {
        out.writeBytes(junk);
      }
    }
    return out.toByteArray();
  }

  private List<SourceRecord> read(byte[] bytes, String name) throws IOException {
    Path file = dir.resolve(name + ".warc");
    Files.write(file, bytes);
    SeekableByteChannel ch = Files.newByteChannel(file);
    try (WarcCaptureSource source = WarcCaptureSource.open(ch, name, WarcCaptureSource.Options.defaults())) {
      return source.records().toList();
    }
  }
}
