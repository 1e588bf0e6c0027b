package dev.pith.capture;

import dev.pith.document.ErrorKind;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads WARC and WET files ({@code .warc}, {@code .warc.gz}, {@code .wet.gz}; compression is detected from the
 * bytes) with jwarc, one {@link SourceRecord} per record:
 *
 * <ul>
 *   <li>{@code response} records: the HTTP header is parsed; its {@code Content-Type} (and so its charset) goes into
 *       the capture, chunked transfer coding and gzip, deflate and brotli content codings are undone; responses that
 *       are not a success (2xx) or whose payload is not HTML are skipped;
 *   <li>{@code resource} records: the payload as stored, when it is HTML;
 *   <li>{@code conversion} records (WET): flattened text, as {@link InputType#TEXT};
 *   <li>every other type (warcinfo, request, metadata, revisit, continuation) is skipped.
 * </ul>
 *
 * <p>A record that cannot be read gives a {@link SourceRecord.Broken} located by its offset, and reading goes on:
 * after a cut or corrupt gzip member, a wrong {@code Content-Length} or a garbled header, the file is searched from
 * the broken record's start for the next gzip member or {@code WARC/} line that parses as a record. Each record
 * yields exactly one outcome; a broken stretch of the file yields one {@code Broken}. Recovery needs a seekable
 * input (a file, or any {@link SeekableByteChannel}); on a plain stream, reading stops at the first broken stretch
 * and its record says so.
 *
 * <p>Memory is bounded by {@link Options#maxPayloadBytes} per record, whatever the file's size. Not thread-safe:
 * one thread iterates, once.
 *
 * <pre>{@code
 * try (WarcCaptureSource source = WarcCaptureSource.open(Path.of("CC-MAIN-...warc.gz"))) {
 *   source.records().forEach(record -> ...);
 * }
 * }</pre>
 */
public final class WarcCaptureSource implements CaptureSource {
  /** Longest HTTP response header read; past it the record is malformed (a header is a few KB). */
  static final int MAX_HTTP_HEADER_BYTES = 1 << 20;
  /** Bytes read at a time while searching for the next record after a broken one. */
  private static final int SCAN_CHUNK = 64 * 1024;

  /** Payload types that are HTML. */
  private static final Set<String> HTML_TYPES = Set.of(
      "text/html", "application/xhtml+xml", "application/vnd.wap.xhtml+xml", "text/xhtml", "application/html");
  /** Payload types that say nothing: the payload's own bytes decide. */
  private static final Set<String> UNKNOWN_TYPES = Set.of(
      "", "application/octet-stream", "unknown/unknown", "application/unknown", "binary/octet-stream", "*/*",
      "application/x-unknown-content-type");

  /**
   * How records are read.
   *
   * @param maxPayloadBytes the largest payload (after transfer and content decoding) read into memory; a larger
   *     one gives a {@link SourceRecord.Broken} of kind {@link ErrorKind#TOO_LARGE}
   * @param successOnly skip HTTP responses whose status is not 2xx (redirects and error pages hold no article)
   */
  public record Options(long maxPayloadBytes, boolean successOnly) {
    public Options {
      if (maxPayloadBytes < 1) {
        throw new IllegalArgumentException("maxPayloadBytes must be >= 1, was " + maxPayloadBytes);
      }
    }

    /** The extractor's default byte limit ({@code Limits.DEFAULT_MAX_BYTES}): capture cannot see the front door. */
    static final long DEFAULT_MAX_PAYLOAD_BYTES = 64L << 20;

    /** Payloads up to 64 MiB (the extractor's default byte limit); successful responses only. */
    public static Options defaults() {
      return new Options(DEFAULT_MAX_PAYLOAD_BYTES, true);
    }

    public Options withMaxPayloadBytes(long value) {
      return new Options(value, successOnly);
    }

    public Options withSuccessOnly(boolean value) {
      return new Options(maxPayloadBytes, value);
    }
  }

  private final String name;
  private final Options options;
  private final @Nullable SeekableByteChannel seekable;
  private final @Nullable CountingChannel counting;
  private final @Nullable WarcReader reader;
  private final boolean gzip;

  private final ArrayDeque<SourceRecord> ready = new ArrayDeque<>();
  /** The last record read, kept back until the reader has checked the bytes that end it. */
  private @Nullable SourceRecord pending;
  private long pendingStart = -1;
  /** The pending record's Content-Length. */
  private long pendingLength;
  private @Nullable String trailerWarning;
  private long ordinal;
  /** Where to search for the next record after a broken one, or -1. */
  private long recoverFrom = -1;
  private boolean finished;
  private boolean iterated;

  private WarcCaptureSource(String name, Options options, ReadableByteChannel channel) {
    this.name = name;
    this.options = options;
    this.seekable = channel instanceof SeekableByteChannel s ? s : null;
    this.counting = channel instanceof CountingChannel c ? c : null;
    WarcReader opened = null;
    try {
      opened = new WarcReader(channel);
      opened.setLenient(true);
      opened.onWarning(this::warn);
    } catch (IOException | RuntimeException e) {
      ready.add(new SourceRecord.Broken(RecordInfo.at(SourceRef.at(name, 0), ordinal++), kindOf(e),
          "the file does not start like a WARC file: " + describe(e)));
      finished = true;
      closeQuietly(channel);
    }
    this.reader = opened;
    this.gzip = opened != null && opened.compression() == WarcCompression.GZIP;
  }

  /**
   * Opens a WARC or WET file with default options.
   *
   * @throws IOException when the file cannot be opened (a file that is not a WARC opens, and yields one broken
   *     record)
   */
  public static WarcCaptureSource open(Path path) throws IOException {
    return open(path, Options.defaults());
  }

  /** Opens a WARC or WET file. @throws IOException when the file cannot be opened */
  public static WarcCaptureSource open(Path path, Options options) throws IOException {
    Objects.requireNonNull(path, "path");
    return open(FileChannel.open(path), path.toString(), options);
  }

  /**
   * Reads a seekable channel (a file, or a remote file system's stream wrapped as one) from its current position;
   * the source closes it.
   */
  public static WarcCaptureSource open(SeekableByteChannel channel, String name, Options options) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(options, "options");
    return new WarcCaptureSource(name, options, channel);
  }

  /**
   * Reads a stream that cannot seek (standard input, a pipe). Offsets count from the stream's start; after a broken
   * stretch the rest of the stream is not read (its record says so). The source closes the stream.
   */
  public static WarcCaptureSource open(InputStream in, String name, Options options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(options, "options");
    return new WarcCaptureSource(name, options, new CountingChannel(Channels.newChannel(in)));
  }

  @Override
  public String name() {
    return name;
  }

  /** Bytes of the file read so far (compressed bytes for a {@code .warc.gz}), for progress reports. */
  public long bytesRead() {
    try {
      if (seekable != null) {
        return seekable.position();
      }
    } catch (IOException e) {
      return 0;
    }
    return counting == null ? 0 : counting.count;
  }

  @Override
  public Iterator<SourceRecord> iterator() {
    if (iterated) {
      throw new IllegalStateException("a source is read once; open " + name + " again to read it again");
    }
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        fill();
        return !ready.isEmpty();
      }

      @Override
      public SourceRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.poll();
      }
    };
  }

  @Override
  public void close() throws IOException {
    finished = true;
    if (reader != null) {
      reader.close();
    }
  }

  private void warn(String message) {
    if (message.contains("trailer")) {
      trailerWarning = message;
    }
  }

  private void fill() {
    while (ready.isEmpty() && !finished) {
      step();
    }
  }

  /** Reads one record (or one broken stretch), adding zero or more outcomes to {@code ready}. */
  private void step() {
    if (recoverFrom >= 0) {
      long from = recoverFrom;
      recoverFrom = -1;
      recover(from);
      return;
    }
    WarcReader r = Objects.requireNonNull(reader);
    trailerWarning = null;
    Optional<WarcRecord> next = Optional.empty();
    Exception error = null;
    try {
      next = r.next();
    } catch (IOException | RuntimeException e) {
      error = e;
    }
    if (trailerWarning != null && pending != null) {
      // The previous record's block is not followed by CRLF CRLF: its Content-Length is wrong, and whatever the
      // reader made of the bytes after it (an error, or a record) cannot be trusted.
      long start = pendingStart;
      boolean atEnd = pastEndOfFile(start + pendingLength);
      failPending(atEnd ? ErrorKind.TRUNCATED : ErrorKind.MALFORMED, atEnd
          ? "the file ends early, before the end the record's Content-Length gives"
          : "the record's block does not end where its Content-Length says (no CRLF CRLF after it): the length "
              + "is wrong or the record was cut");
      recoverFrom = start + 1;
      return;
    }
    if (error != null) {
      if (pending != null && r.position() == pendingStart) {
        // the reader could not get past the previous record: its block is cut short or corrupt
        long start = pendingStart;
        failPending(kindOf(error), "the record is cut short or corrupt after its header: " + describe(error));
        recoverFrom = start + 1;
      } else {
        flushPending();
        long at = r.position();
        broken(RecordInfo.at(SourceRef.at(name, at), ordinal++), kindOf(error),
            "no WARC record can be read here: " + describe(error));
        recoverFrom = at + 1;
      }
      return;
    }
    flushPending();
    if (next.isEmpty()) {
      finished = true;
      return;
    }
    read(next.get(), r.position());
  }

  /** True when {@code position} lies past the end of an uncompressed file (gzip readers hit EOF instead). */
  private boolean pastEndOfFile(long position) {
    try {
      return !gzip && seekable != null && position > seekable.size();
    } catch (IOException e) {
      return false;
    }
  }

  private void flushPending() {
    if (pending != null) {
      ready.add(pending);
      pending = null;
      pendingStart = -1;
    }
  }

  private void failPending(ErrorKind kind, String message) {
    SourceRecord p = Objects.requireNonNull(pending);
    pending = null;
    pendingStart = -1;
    broken(p.info(), kind, message);
  }

  private void broken(RecordInfo info, ErrorKind kind, String message) {
    if (seekable == null) {
      message += "; the input cannot seek, so the rest of it was not read";
      finished = true;
    }
    ready.add(new SourceRecord.Broken(info, kind, message));
  }

  private void keep(SourceRecord record, long start, long length) {
    pending = record;
    pendingStart = start;
    pendingLength = length;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // One record

  /** Reads the record that starts at {@code at}: its outcome becomes pending, or it is broken and reading recovers. */
  private void read(WarcRecord record, long at) {
    RecordInfo info = infoOf(record, at, ordinal++);
    long length = record.headers().first("Content-Length").map(WarcCaptureSource::parseLong).orElse(0L);
    try {
      switch (info.warcType()) {
        case "response" -> keep(response(record, info), at, length);
        case "resource" -> keep(resource(record, info), at, length);
        case "conversion" -> keep(conversion(record, info), at, length);
        case "" -> keep(
            new SourceRecord.Broken(info, ErrorKind.MALFORMED, "the record has no WARC-Type"), at, length);
        default -> keep(new SourceRecord.Skipped(info, SkipReason.RECORD_TYPE,
            "a " + info.warcType() + " record holds no page"), at, length);
      }
    } catch (Framing e) {
      // the record's own bytes are cut or corrupt: the reader cannot go on from here
      broken(e.info, kindOf(e.cause), "the record is cut short or corrupt: " + describe(e.cause));
      recoverFrom = at + 1;
    }
  }

  /** The record's block could not be read: the file is cut or corrupt there, not just the payload. */
  private static final class Framing extends Exception {
    private static final long serialVersionUID = 1L;
    final transient RecordInfo info;
    final Throwable cause;

    Framing(RecordInfo info, Throwable cause) {
      super(null, null, false, false);
      this.info = info;
      this.cause = cause;
    }
  }

  private SourceRecord response(WarcRecord record, RecordInfo info) throws Framing {
    String blockType = header(record.headers(), "Content-Type");
    String blockMedia = blockType == null ? "" : Payloads.mediaType(blockType);
    if (!blockMedia.equals("application/http")) {
      return new SourceRecord.Skipped(info, SkipReason.MEDIA_TYPE,
          "the response is not HTTP (its block is " + (blockMedia.isEmpty() ? "untyped" : blockMedia) + ")");
    }
    HttpResponse http;
    HeaderLimit headerLimit = new HeaderLimit(record.body(), MAX_HTTP_HEADER_BYTES);
    try {
      http = HttpResponse.parse(headerLimit);
      headerLimit.disarm();
    } catch (IOException | RuntimeException e) {
      checkBlock(record, info);
      return new SourceRecord.Broken(info, ErrorKind.MALFORMED,
          "the HTTP response header cannot be parsed: " + describe(e));
    }
    String contentType = header(http.headers(), "Content-Type");
    RecordInfo withHttp = info.withHttp(Math.max(-1, http.status()), contentType);
    if (options.successOnly() && (http.status() < 200 || http.status() > 299)) {
      return new SourceRecord.Skipped(withHttp, SkipReason.HTTP_STATUS,
          "HTTP status " + http.status() + " is not a success");
    }
    String media = contentType == null ? "" : Payloads.mediaType(contentType);
    boolean sniff = false;
    if (UNKNOWN_TYPES.contains(media)) {
      String identified = header(record.headers(), "WARC-Identified-Payload-Type");
      media = identified == null ? "" : Payloads.mediaType(identified);
      sniff = UNKNOWN_TYPES.contains(media);
    }
    if (!sniff && !HTML_TYPES.contains(media)) {
      return new SourceRecord.Skipped(withHttp, SkipReason.MEDIA_TYPE, "payload type " + media + " is not HTML");
    }
    GrowableBytes raw = new GrowableBytes(expectedLength(http.headers()));
    try {
      raw.readFrom(http.body(), options.maxPayloadBytes());
    } catch (GrowableBytes.TooLarge e) {
      return tooLarge(withHttp);
    } catch (IOException | RuntimeException e) {
      // The HTTP body ends before its own framing says (chunks or Content-Length cut): when the record itself is
      // whole, these are the bytes the crawler got, and a browser would show them.
      checkBlock(record, withHttp);
    }
    byte[] payload;
    try {
      payload = ContentDecoding.decode(raw.toByteArray(),
          ContentDecoding.codings(http.headers().all("Content-Encoding")), options.maxPayloadBytes());
    } catch (RecordProblem p) {
      return new SourceRecord.Broken(withHttp, p.kind(), p.getMessage());
    }
    return page(withHttp, payload, contentType, sniff, InputType.AUTO);
  }

  private SourceRecord resource(WarcRecord record, RecordInfo info) throws Framing {
    String contentType = info.contentType();
    String media = contentType == null ? "" : Payloads.mediaType(contentType);
    boolean sniff = UNKNOWN_TYPES.contains(media);
    if (!sniff && !HTML_TYPES.contains(media)) {
      return new SourceRecord.Skipped(info, SkipReason.MEDIA_TYPE, "payload type " + media + " is not HTML");
    }
    byte[] payload = block(record, info);
    if (payload == null) {
      return tooLarge(info);
    }
    return page(info, payload, contentType, sniff, InputType.AUTO);
  }

  private SourceRecord conversion(WarcRecord record, RecordInfo info) throws Framing {
    String contentType = info.contentType();
    String media = contentType == null ? "" : Payloads.mediaType(contentType);
    if (!media.isEmpty() && !media.startsWith("text/")) {
      return new SourceRecord.Skipped(info, SkipReason.MEDIA_TYPE,
          "conversion type " + media + " is not text");
    }
    byte[] payload = block(record, info);
    if (payload == null) {
      return tooLarge(info);
    }
    return new SourceRecord.Page(info,
        new Capture(payload, info.targetUri(), contentType, info.date(), info.source(), InputType.TEXT));
  }

  private SourceRecord page(RecordInfo info, byte[] payload, @Nullable String contentType, boolean sniff,
      InputType type) {
    if (sniff && !(Payloads.binaryKind(payload) == null && Payloads.looksLikeMarkup(payload))) {
      return new SourceRecord.Skipped(info, SkipReason.MEDIA_TYPE,
          "the payload has no declared type and does not look like HTML");
    }
    return new SourceRecord.Page(info,
        new Capture(payload, info.targetUri(), contentType, info.date(), info.source(), type));
  }

  private SourceRecord.Broken tooLarge(RecordInfo info) {
    return new SourceRecord.Broken(info, ErrorKind.TOO_LARGE,
        "the payload has more than " + options.maxPayloadBytes() + " bytes");
  }

  /** The record's whole block, or null when it is over the payload limit. */
  private byte @Nullable [] block(WarcRecord record, RecordInfo info) throws Framing {
    long declared = record.headers().first("Content-Length").map(WarcCaptureSource::parseLong).orElse(0L);
    GrowableBytes bytes = new GrowableBytes(Math.min(declared, options.maxPayloadBytes() + 1));
    try {
      bytes.readFrom(record.body(), options.maxPayloadBytes());
    } catch (GrowableBytes.TooLarge e) {
      return null;
    } catch (IOException | RuntimeException e) {
      throw new Framing(info, e);
    }
    return bytes.toByteArray();
  }

  /** Reads the rest of the record's block: when that fails, the record itself is cut or corrupt. */
  private static void checkBlock(WarcRecord record, RecordInfo info) throws Framing {
    try {
      record.body().consume();
    } catch (IOException | RuntimeException e) {
      throw new Framing(info, e);
    }
  }

  private static long expectedLength(MessageHeaders headers) {
    return headers.first("Content-Length").map(WarcCaptureSource::parseLong).orElse(64L * 1024);
  }

  private static long parseLong(String s) {
    try {
      return Math.max(0, Long.parseLong(s.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private RecordInfo infoOf(WarcRecord record, long at, long ordinal) {
    MessageHeaders h = record.headers();
    String type = Objects.requireNonNullElse(header(h, "WARC-Type"), "").toLowerCase(Locale.ROOT);
    String target = null;
    try {
      target = record instanceof WarcTargetRecord t ? t.target() : header(h, "WARC-Target-URI");
    } catch (RuntimeException e) {
      target = header(h, "WARC-Target-URI");
    }
    return new RecordInfo(SourceRef.at(name, at), ordinal, type, header(h, "WARC-Record-ID"), target,
        date(header(h, "WARC-Date")), -1, header(h, "Content-Type"));
  }

  private static @Nullable Instant date(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null; // a malformed date does not make the page unreadable
    }
  }

  private static @Nullable String header(MessageHeaders headers, String name) {
    return headers.first(name).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Recovery

  /**
   * Moves the reader to the first position at or after {@code from} where a record parses (the next gzip member
   * for a compressed file, the next {@code WARC/} line otherwise) and reads that record; finishes when there is
   * none. Positions that look like a record start but do not parse are part of the broken stretch already reported.
   */
  private void recover(long from) {
    if (finished) {
      return;
    }
    if (seekable == null) {
      finished = true;
      return;
    }
    WarcReader r = Objects.requireNonNull(reader);
    long candidate = from;
    while (true) {
      try {
        candidate = scan(candidate);
      } catch (IOException e) {
        broken(RecordInfo.at(SourceRef.at(name, candidate), ordinal++), ErrorKind.UNREADABLE,
            "the file cannot be read past here: " + describe(e));
        finished = true;
        return;
      }
      if (candidate < 0) {
        finished = true;
        return;
      }
      try {
        r.position(candidate);
        trailerWarning = null;
        Optional<WarcRecord> next = r.next();
        if (next.isEmpty()) {
          finished = true;
          return;
        }
        read(next.get(), candidate);
        return;
      } catch (IOException | RuntimeException e) {
        candidate++;
      }
    }
  }

  /** The first position at or after {@code from} that may start a record, or -1. */
  private long scan(long from) throws IOException {
    SeekableByteChannel ch = Objects.requireNonNull(seekable);
    byte[] pattern = gzip ? new byte[] {0x1F, (byte) 0x8B, 0x08} : new byte[] {'\n', 'W', 'A', 'R', 'C', '/'};
    // A WARC header starts after a newline: looking one byte back lets a header at "from" itself match. Four
    // bytes are needed to check a gzip header's flags.
    int lead = gzip ? 0 : 1;
    int need = gzip ? 4 : pattern.length;
    long bufStart = Math.max(0, from - lead);
    ch.position(bufStart);
    ByteBuffer buf = ByteBuffer.allocate(SCAN_CHUNK);
    boolean eof = false;
    while (true) {
      while (buf.hasRemaining() && !eof) {
        eof = ch.read(buf) < 0;
      }
      byte[] a = buf.array();
      int limit = buf.position();
      for (int i = 0; i + need <= limit || (eof && i + pattern.length <= limit); i++) {
        if (matches(a, i, pattern) && bufStart + i + lead >= from
            && (!gzip || (i + 3 < limit && (a[i + 3] & 0xE0) == 0))) { // reserved gzip flag bits are zero
          return bufStart + i + lead;
        }
      }
      if (eof) {
        return -1;
      }
      // keep the last bytes: a record start may straddle two chunks
      int keep = need - 1;
      System.arraycopy(a, limit - keep, a, 0, keep);
      bufStart += limit - keep;
      buf.clear();
      buf.position(keep);
    }
  }

  private static boolean matches(byte[] a, int i, byte[] pattern) {
    for (int k = 0; k < pattern.length; k++) {
      if (a[i + k] != pattern[k]) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Errors

  static ErrorKind kindOf(Throwable e) {
    if (e instanceof EOFException) {
      return ErrorKind.TRUNCATED;
    }
    if (e instanceof ZipException || e instanceof ParsingException || e instanceof RuntimeException) {
      return ErrorKind.MALFORMED;
    }
    if (e instanceof HeaderLimit.TooLong) {
      return ErrorKind.MALFORMED;
    }
    return ErrorKind.UNREADABLE;
  }

  static String describe(Throwable e) {
    String message = e instanceof ParsingException p ? p.getBaseMessage() : e.getMessage();
    if (e instanceof EOFException) {
      return "the file ends early" + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }
    if (e instanceof ZipException) {
      return "corrupt gzip data (" + message + ")";
    }
    if (e instanceof NumberFormatException) {
      return "a header has a number that is not one (" + message + ")";
    }
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static void closeQuietly(ReadableByteChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing more can be done about a file that fails to close after failing to read
    }
  }

  /** Counts the bytes read from a channel that cannot report its position. */
  private static final class CountingChannel implements ReadableByteChannel {
    private final ReadableByteChannel in;
    long count;

    CountingChannel(ReadableByteChannel in) {
      this.in = in;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      int n = in.read(dst);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public boolean isOpen() {
      return in.isOpen();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Fails a read that goes on past {@code limit} bytes while the HTTP header is being parsed. */
  private static final class HeaderLimit implements ReadableByteChannel {
    static final class TooLong extends IOException {
      private static final long serialVersionUID = 1L;

      TooLong(String message) {
        super(message);
      }
    }

    private final ReadableByteChannel in;
    private final long limit;
    private long count;
    private boolean armed = true;

    HeaderLimit(ReadableByteChannel in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    /** The header is parsed: the body that follows may be of any length. */
    void disarm() {
      armed = false;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      if (armed && count > limit) {
        throw new TooLong("the HTTP header is longer than " + limit + " bytes");
      }
      int n = in.read(dst);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public boolean isOpen() {
      return in.isOpen();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
