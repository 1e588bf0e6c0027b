package dev.pith.capture;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A crawl with good, broken and hostile records, for batch accounting tests (CLI and Spark): pages that must come
 * out, pages that must fail with a given kind, and damage in between (a record with a wrong length, garbage, a cut
 * member, a cut end). Deterministic.
 *
 * @param bytes the {@code .warc.gz} file
 * @param records how many outcomes reading it gives (every record, and each piece of damage, exactly one)
 * @param expected for the records whose outcome is certain: target URI to {@code status} or {@code status/error}
 */
public record HostileWarc(byte[] bytes, int records, Map<String, String> expected) {
  /** How many good pages the crawl has (target URIs {@code https://good.example/N}). */
  public static final int GOOD = 6;

  /** Builds the crawl. */
  public static HostileWarc build() {
    Map<String, String> expected = new LinkedHashMap<>();
    WarcBuilder w = WarcBuilder.gzipped().warcinfo();
    int records = 1;
    for (int i = 0; i < GOOD / 2; i++) {
      String url = "https://good.example/" + i;
      w.page(url, "text/html; charset=utf-8", WarcBuilder.article(i));
      expected.put(url, "ok");
      records++;
    }
    w.page("https://hostile.example/deep", "text/html", "<html><body>" + "<div>".repeat(100_000) + "deep");
    expected.put("https://hostile.example/deep", "failed/too_deep");
    w.response("https://hostile.example/nul", WarcBuilder.http(200, "text/html", new byte[64 << 10]));
    expected.put("https://hostile.example/nul", "skipped/not_text");
    w.response("https://hostile.example/png", WarcBuilder.http(200, "text/html",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'}));
    expected.put("https://hostile.example/png", "skipped/not_text");
    w.response("https://hostile.example/bomb", WarcBuilder.http(200, "text/html",
        WarcBuilder.gzip(new byte[96 << 20]), "Content-Encoding: gzip"));
    expected.put("https://hostile.example/bomb", "failed/too_large");
    byte[] invalidUtf8 = ("<html><head><meta charset=utf-8><title>Broken bytes</title></head><body><article>"
        + "<h1>Broken bytes</h1><p>" + "Caf\u00e9 society met again on Tuesday to talk about the river. ".repeat(8)
        + "</p></article></body></html>").getBytes(UTF_8);
    for (int i = 40; i < invalidUtf8.length; i += 37) {
      invalidUtf8[i] = (byte) 0xC3; // a lead byte without its continuation, every 37 bytes
    }
    w.response("https://hostile.example/invalid-utf8", WarcBuilder.http(200, "text/html; charset=utf-8",
        invalidUtf8));
    expected.put("https://hostile.example/invalid-utf8", "ok");
    w.page("https://hostile.example/regex-bait", "text/html", "<html><head><script type=\"application/ld+json\">"
        + "{\"@type\" : [".repeat(20_000) + "</script></head><body><p>" + "a".repeat(50_000) + "!"
        + " ".repeat(50_000) + "</p><p>" + WarcBuilder.article(77) + "</p></body></html>");
    w.page("https://hostile.example/huge-attribute", "text/html", "<html><body><article><h1>A title</h1><p class=\""
        + "x".repeat(2 << 20) + "\">" + "Words in a paragraph with a huge class attribute. ".repeat(10)
        + "</p></article></body></html>");
    w.page("https://hostile.example/tiny-elements", "text/html", "<html><body>" + "<b>x</b>".repeat(300_000)
        + "</body></html>");
    records += 8;
    byte[] http = WarcBuilder.http(200, "text/html", WarcBuilder.article(50).getBytes(UTF_8));
    w.raw("WARC-Type: response\r\nWARC-Record-ID: <urn:uuid:wrong-length>\r\nWARC-Target-URI: "
        + "https://broken.example/length\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
        + (http.length + 500) + "\r\n", http, "\r\n\r\n");
    records++;
    for (int i = GOOD / 2; i < GOOD; i++) {
      String url = "https://good.example/" + i;
      w.page(url, "text/html; charset=utf-8", WarcBuilder.article(i));
      expected.put(url, "ok");
      records++;
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(w.bytes());
    byte[] cut = WarcBuilder.gzipped().page("https://broken.example/cut", "text/html", WarcBuilder.article(60))
        .bytes();
    file.writeBytes(Arrays.copyOf(cut, cut.length - 12)); // the last member cut short
    records++;
    return new HostileWarc(file.toByteArray(), records, expected);
  }

  /** The target URIs of the good pages. */
  public List<String> goodUris() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < GOOD; i++) {
      out.add("https://good.example/" + i);
    }
    return out;
  }
}
