package dev.pith.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pith.output.JsonDocumentWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Builds a WARC from benchmark pages for throughput runs: one gzipped response record per page (the page's bytes
 * as captured, {@code Content-Type: text/html} with no charset, as the loose {@code .html.gz} files give none), its
 * URL from the dataset's gold file. Deterministic (record ids from the page's path and pass). The WARC is built
 * where the caller says, never in the project: the pages are not ours to commit.
 *
 * <pre>
 * java -cp pith-bench/target/pith-bench.jar dev.pith.bench.BuildWarc OUT.warc.gz [--repeat N] [--plain] DATA_DIR...
 * </pre>
 *
 * {@code --repeat N} writes the pages N times over (record ids and URLs made distinct per pass), to make large
 * files for memory tests.
 */
public final class BuildWarc {
  private BuildWarc() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: BuildWarc OUT.warc.gz [--repeat N] [--plain] DATA_DIR...");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int repeat = 1;
    boolean plain = false;
    List<Path> dirs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        case "--plain" -> plain = true;
        default -> dirs.add(Path.of(args[i]));
      }
    }
    List<Path> pages = new ArrayList<>();
    Map<Path, String> urls = new HashMap<>();
    for (Path dir : dirs) {
      urls.putAll(urls(dir));
      try (Stream<Path> files = Files.list(dir.resolve("html"))) {
        files.filter(p -> p.toString().endsWith(".html.gz")).sorted().forEach(pages::add);
      }
    }
    long records = 0;
    try (WarcWriter writer = new WarcWriter(FileChannel.open(out, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
        plain ? WarcCompression.NONE : WarcCompression.GZIP)) {
      for (int pass = 0; pass < repeat; pass++) {
        for (Path page : pages) {
          byte[] html;
          try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            html = in.readAllBytes();
          }
          String url = urls.getOrDefault(page, "https://bench.invalid/" + page.getFileName());
          if (pass > 0) {
            url = url + (url.contains("?") ? "&" : "?") + "pith-pass=" + pass;
          }
          HttpResponse http = new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("text/html"), html).build();
          String key = pass + "/" + page;
          writer.write(new WarcResponse.Builder(url)
              .recordId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)))
              .date(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(records))
              .body(http).build());
          records++;
        }
      }
    }
    System.err.printf("%s: %d records, %.1f MB%n", out, records, Files.size(out) / 1e6);
  }

  /** Page path to URL, from the dataset's gold.jsonl ({@code html} and {@code url} fields). */
  private static Map<Path, String> urls(Path dir) throws IOException {
    Map<Path, String> urls = new HashMap<>();
    Path gold = dir.resolve("gold.jsonl");
    if (!Files.exists(gold)) {
      return urls;
    }
    try (BufferedReader lines = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        String html = null;
        String url = null;
        try (JsonParser p = JsonDocumentWriter.factory().createParser(line)) {
          p.nextToken();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("html")) {
              html = p.getValueAsString();
            } else if (field.equals("url")) {
              url = p.getValueAsString();
            } else {
              p.skipChildren();
            }
          }
        }
        if (html != null && url != null && !url.isBlank()) {
          urls.put(dir.resolve(html), url.strip());
        }
      }
    }
    return urls;
  }
}
