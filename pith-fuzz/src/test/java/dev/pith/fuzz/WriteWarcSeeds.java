package dev.pith.fuzz;

import dev.pith.capture.WarcBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the seed archives of {@link WarcFuzzTest} (run once; the files are committed): small WARC files with every
 * kind of record the reader handles, and one with broken records. Each seed ends in a newline, the selector byte of
 * the plain options (see {@link FuzzTargets}).
 */
public final class WriteWarcSeeds {
  private WriteWarcSeeds() {}

  /** Writes the seeds into the folder given as the one argument. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    write(dir.resolve("mixed.warc"), mixed(WarcBuilder.plain()));
    write(dir.resolve("mixed.warc.gz"), mixed(WarcBuilder.gzipped()));
    WarcBuilder broken = WarcBuilder.plain()
        .page("https://example.test/a", "text/html", WarcBuilder.article(1))
        .raw("WARC-Type: response\r\nContent-Length: 9999\r\n", "HTTP/1.1 200 OK\r\n\r\n<p>cut".getBytes(
            StandardCharsets.US_ASCII), "\r\n\r\n")
        .garbage("this is not a record\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
        .raw("WARC-Type: resource\r\n", "<p>no length</p>".getBytes(StandardCharsets.US_ASCII), "\r\n\r\n")
        .page("https://example.test/b", "text/html; charset=utf-8", WarcBuilder.article(2));
    write(dir.resolve("broken.warc"), broken);
  }

  private static WarcBuilder mixed(WarcBuilder b) {
    byte[] page = WarcBuilder.article(3).getBytes(StandardCharsets.UTF_8);
    return b.warcinfo()
        .request("https://example.test/3")
        .page("https://example.test/3", "text/html; charset=utf-8", WarcBuilder.article(3))
        .response("https://example.test/4", WarcBuilder.http(200, "text/html", WarcBuilder.chunked(page, 100),
            "Transfer-Encoding: chunked"))
        .response("https://example.test/5", WarcBuilder.http(200, "text/html", WarcBuilder.gzip(page),
            "Content-Encoding: gzip"))
        .response("https://example.test/6.png", WarcBuilder.http(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N',
            'G', 13, 10, 26, 10}))
        .response("https://example.test/7", WarcBuilder.http(404, "text/html", "<p>gone</p>".getBytes(
            StandardCharsets.US_ASCII)))
        .record("resource", "https://example.test/8", "text/html", page)
        .conversion("https://example.test/9", "A headline\n\nThe text of the page, as a WET record has it, with "
            + "a sentence or two of prose.\n");
  }

  private static void write(Path file, WarcBuilder b) throws IOException {
    byte[] bytes = b.bytes();
    byte[] seed = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    seed[bytes.length] = '\n';
    Files.write(file, seed);
  }
}
