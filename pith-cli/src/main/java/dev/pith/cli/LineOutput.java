package dev.pith.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pith.output.JsonDocumentWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;

/**
 * Where JSON Lines go: standard output, a {@code .jsonl} file, or a {@code .jsonl.gz} file written as a series of
 * gzip members that each end at a line end (any gzip reader reads them as one stream). That layout is what makes
 * {@code --resume} exact: after an interruption, the file is cut back to its last complete line (or complete
 * member), and that line says which record to go on after. Not thread-safe: one writer thread.
 */
abstract class LineOutput implements Closeable {
  /** Uncompressed bytes per gzip member: large enough to compress well, small enough to lose little when cut. */
  static final int MEMBER_BYTES = 1 << 20;

  /** Writes one line (without its newline). */
  abstract void write(String line) throws IOException;

  /** True for a file name that asks for JSON Lines: {@code .jsonl}, {@code .ndjson}, optionally gzipped. */
  static boolean isJsonLinesName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz") || lower.endsWith(".ndjson")
        || lower.endsWith(".ndjson.gz");
  }

  static boolean isGzipName(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** Lines to a stream the caller owns (standard output). */
  static LineOutput to(PrintStream out) {
    return new LineOutput() {
      @Override
      void write(String line) {
        out.print(line);
        out.print('\n');
      }

      @Override
      public void close() {
        out.flush();
      }
    };
  }

  /**
   * Lines to {@code file}, gzipped when its name ends in {@code .gz}; appended after {@code keepBytes} bytes (what
   * a resume keeps) or written anew when {@code keepBytes} is 0.
   */
  static LineOutput toFile(Path file, long keepBytes) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    channel.truncate(keepBytes);
    channel.position(keepBytes);
    OutputStream out = java.nio.channels.Channels.newOutputStream(channel);
    return isGzipName(file.toString()) ? new GzipMembers(out) : new Plain(out);
  }

  /** Plain JSON Lines: lines are buffered and written whole. */
  private static final class Plain extends LineOutput {
    private final OutputStream out;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);

    Plain(OutputStream out) {
      this.out = out;
    }

    @Override
    void write(String line) throws IOException {
      buffer.writeBytes(line.getBytes(StandardCharsets.UTF_8));
      buffer.write('\n');
      if (buffer.size() >= 64 * 1024) {
        flush();
      }
    }

    private void flush() throws IOException {
      buffer.writeTo(out);
      buffer.reset();
      out.flush();
    }

    @Override
    public void close() throws IOException {
      try {
        flush();
      } finally {
        out.close();
      }
    }
  }

  /** Gzipped JSON Lines, one member per {@link #MEMBER_BYTES} of lines (or per 30 seconds, whichever first). */
  private static final class GzipMembers extends LineOutput {
    private static final long MEMBER_NANOS = 30_000_000_000L;
    private final OutputStream out;
    private final ByteArrayOutputStream member = new ByteArrayOutputStream(MEMBER_BYTES + 64 * 1024);
    private long memberStarted = System.nanoTime();

    GzipMembers(OutputStream out) {
      this.out = out;
    }

    @Override
    void write(String line) throws IOException {
      member.writeBytes(line.getBytes(StandardCharsets.UTF_8));
      member.write('\n');
      if (member.size() >= MEMBER_BYTES || System.nanoTime() - memberStarted > MEMBER_NANOS) {
        finishMember();
      }
    }

    private void finishMember() throws IOException {
      if (member.size() > 0) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(member.size() / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(compressed, 64 * 1024)) {
          member.writeTo(gz);
        }
        compressed.writeTo(out);
        out.flush();
        member.reset();
      }
      memberStarted = System.nanoTime();
    }

    @Override
    public void close() throws IOException {
      try {
        finishMember();
      } finally {
        out.close();
      }
    }
  }

  // -----------------------------------------------------------------------------------------------------------------
  // Resuming

  /**
   * What an earlier run left in an output file: how many bytes of it are whole, how many lines they hold, and the
   * source and record of the last line.
   *
   * @param keepBytes bytes of the file that end with a complete line (or a complete gzip member)
   * @param lines complete lines in those bytes
   * @param lastSource the {@code source} of the last complete line, or null when there is none
   * @param lastRecord its {@code record}, or 0 for a line of a loose page file
   */
  record Resume(long keepBytes, long lines, String lastSource, long lastRecord) {
    static final Resume NONE = new Resume(0, 0, null, -1);
  }

  /**
   * Reads what an earlier run wrote to {@code file}. A missing or empty file resumes from the start.
   *
   * @throws IOException when the file cannot be read, or its last complete line is not one pith wrote
   */
  static Resume resumeFrom(Path file) throws IOException {
    if (!Files.exists(file) || Files.size(file) == 0) {
      return Resume.NONE;
    }
    return isGzipName(file.toString()) ? resumeGzip(file) : resumePlain(file);
  }

  private static Resume resumePlain(Path file) throws IOException {
    long lines = 0;
    long lastLineStart = -1;
    long end = 0; // just past the last newline
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate(1 << 16);
      long pos = 0;
      long lineStart = 0;
      while (ch.read(buf) >= 0 || buf.position() > 0) {
        buf.flip();
        if (!buf.hasRemaining()) {
          break;
        }
        while (buf.hasRemaining()) {
          if (buf.get() == '\n') {
            lines++;
            lastLineStart = lineStart;
            end = pos + buf.position();
            lineStart = end;
          }
        }
        pos += buf.limit();
        buf.clear();
      }
      if (lastLineStart < 0) {
        return Resume.NONE;
      }
      ByteBuffer line = ByteBuffer.allocate((int) (end - lastLineStart));
      ch.read(line, lastLineStart);
      return resume(new String(line.array(), 0, line.position(), StandardCharsets.UTF_8), end, lines, file);
    }
  }

  /** Walks the gzip members: the file is kept up to the end of the last complete one. */
  private static Resume resumeGzip(Path file) throws IOException {
    long keep = 0;
    long lines = 0;
    String lastLine = null;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      byte[] data = new byte[1 << 16];
      ByteArrayOutputStream member = new ByteArrayOutputStream();
      long pos = 0;
      while (true) {
        member.reset();
        long next = inflateMember(ch, pos, member, data);
        if (next < 0) {
          break; // cut or corrupt: everything from pos on is dropped
        }
        byte[] text = member.toByteArray();
        if (text.length > 0 && text[text.length - 1] != '\n') {
          break; // not written by pith: members end at line ends
        }
        int count = 0;
        for (byte b : text) {
          if (b == '\n') {
            count++;
          }
        }
        if (count > 0) {
          int from = text.length - 1;
          while (from > 0 && text[from - 1] != '\n') {
            from--;
          }
          lastLine = new String(text, from, text.length - 1 - from, StandardCharsets.UTF_8);
        }
        lines += count;
        keep = next;
        pos = next;
        if (pos >= ch.size()) {
          break;
        }
      }
    }
    if (lastLine == null) {
      return new Resume(0, 0, null, -1);
    }
    return resume(lastLine, keep, lines, file);
  }

  /**
   * Inflates the gzip member at {@code pos} into {@code out}; returns where the next member starts, or -1 when the
   * member is cut short or corrupt.
   */
  private static long inflateMember(FileChannel ch, long pos, ByteArrayOutputStream out, byte[] scratch)
      throws IOException {
    ByteBuffer header = ByteBuffer.allocate(10);
    if (ch.read(header, pos) < 10 || (header.get(0) & 0xFF) != 0x1F || (header.get(1) & 0xFF) != 0x8B
        || header.get(2) != 8 || header.get(3) != 0) {
      return -1; // pith writes plain 10-byte headers (no name, no extra fields)
    }
    Inflater inflater = new Inflater(true);
    CRC32 crc = new CRC32();
    try {
      long in = pos + 10;
      ByteBuffer input = ByteBuffer.allocate(1 << 16);
      while (!inflater.finished()) {
        if (inflater.needsInput()) {
          input.clear();
          int n = ch.read(input, in);
          if (n <= 0) {
            return -1;
          }
          inflater.setInput(input.array(), 0, n);
          in += n;
        }
        int produced = inflater.inflate(scratch);
        crc.update(scratch, 0, produced);
        out.write(scratch, 0, produced);
        if (out.size() > 64 * MEMBER_BYTES) {
          throw new IOException("cannot resume: the file has gzip members far larger than pith writes; "
              + "it was not written by pith extract");
        }
        if (produced == 0 && inflater.needsDictionary()) {
          return -1;
        }
      }
      long end = in - inflater.getRemaining();
      ByteBuffer trailer = ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      if (ch.read(trailer, end) < 8) {
        return -1;
      }
      if ((trailer.getInt(0) & 0xFFFFFFFFL) != crc.getValue()
          || (trailer.getInt(4) & 0xFFFFFFFFL) != (inflater.getBytesWritten() & 0xFFFFFFFFL)) {
        return -1;
      }
      return end + 8;
    } catch (DataFormatException e) {
      return -1;
    } finally {
      inflater.end();
    }
  }

  private static Resume resume(String lastLine, long keep, long lines, Path file) throws IOException {
    String source = null;
    long record = 0;
    try (JsonParser p = JsonDocumentWriter.factory().createParser(lastLine)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("source")) {
          source = p.getValueAsString();
        } else if (field.equals("record")) {
          record = p.getLongValue();
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new IOException("cannot resume: the last complete line of " + file + " is not a pith record ("
          + e.getMessage() + ")", e);
    }
    if (source == null) {
      throw new IOException("cannot resume: the last complete line of " + file + " has no \"source\"");
    }
    return new Resume(keep, lines, source, record);
  }
}
