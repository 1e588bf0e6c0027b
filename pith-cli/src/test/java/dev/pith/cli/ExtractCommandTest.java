package dev.pith.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pith extract} on loose files: naming of outputs, stdin, JSON Lines, summaries and exit codes. */
class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SUMMARY = Pattern.compile("(\\d+) inputs: (\\d+) ok, (\\d+) rejected, (\\d+) failed");

  @TempDir Path dir;
  private Path in;

  /** A small tree: an HTML page, a gzipped one in a subfolder, a legacy-charset page and a binary file. */
  @BeforeEach
  void makeInputs() throws IOException {
    in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("first.html"), article("Harbour lights return", "Windows-1252 is not used here."));
    Files.createDirectories(in.resolve("sub"));
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("sub/second.html.gz")))) {
      gz.write(article("Second story of the day", "A gzipped page is read as it is.").getBytes(UTF_8));
    }
    String latin = article("Caf\u00e9 d\u00e9j\u00e0 vu", "Cr\u00e8me br\u00fbl\u00e9e at the caf\u00e9 opposite.")
        .replace("<head>", "<head><meta charset=\"windows-1252\">");
    Files.write(in.resolve("third.htm"), latin.getBytes(Charset.forName("windows-1252")));
  }

  @Test
  void directoryOutputIsNamedAfterEachInput() throws IOException {
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("extract", in.toString(), "-o", out.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals(Set.of("first.txt", "sub/second.txt", "third.txt"), files(out));
    String first = Files.readString(out.resolve("first.txt"));
    assertTrue(first.contains("The harbour lights were lit again"), first);
    assertFalse(first.contains("Subscribe to our newsletter"), first);
    assertTrue(Files.readString(out.resolve("third.txt")).contains("Cr\u00e8me br\u00fbl\u00e9e"),
        "the declared legacy charset decodes the page");
    assertEquals(List.of(3, 3, 0, 0), summary(run.err()));
  }

  @Test
  void eachFormatGetsItsOwnExtension() throws IOException {
    for (String[] format : new String[][] {{"markdown", "md"}, {"json", "json"}, {"html", "html"}}) {
      Path out = dir.resolve("out-" + format[0]);
      CliRun run = CliRun.run("extract", in.resolve("first.html").toString(), "-f", format[0], "-o",
          out.toString());
      assertEquals(0, run.code(), run.err());
      assertEquals(Set.of("first." + format[1]), files(out), format[0]);
    }
    JsonNode doc = JSON.readTree(dir.resolve("out-json/first.json").toFile());
    assertEquals("Harbour lights return", doc.path("metadata").path("title").path("value").asText());
    assertTrue(Files.readString(dir.resolve("out-markdown/first.md")).startsWith("# Harbour lights return"));
  }

  @Test
  void manyInputsWithoutOutputDirectoryGoToStdoutAsJsonLines() throws IOException {
    CliRun run = CliRun.run("extract", in.toString());
    assertEquals(0, run.code(), run.err());
    List<JsonNode> lines = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      lines.add(JSON.readTree(line));
    }
    assertEquals(3, lines.size());
    Set<String> titles = new TreeSet<>();
    for (JsonNode line : lines) {
      assertEquals("ok", line.path("status").asText(), line.toString());
      assertTrue(line.path("source").asText().startsWith(in.toString()));
      titles.add(line.path("metadata").path("title").path("value").asText());
    }
    assertEquals(Set.of("Harbour lights return", "Second story of the day", "Caf\u00e9 d\u00e9j\u00e0 vu"), titles);
  }

  @Test
  void standardInputWithUrlAndContentType() {
    byte[] page = article("Caf\u00e9 on the quay", "Cr\u00e8me and coffee.").getBytes(Charset.forName("ISO-8859-1"));
    CliRun run = CliRun.withInput(page, "extract", "-", "--url",
        "https://news.example.org/local/2024/0311/cafe-on-the-quay",
        "--content-type", "text/html; charset=ISO-8859-1", "-f", "json");
    assertEquals(0, run.code(), run.err());
    JsonNode doc = parse(run.out());
    assertEquals("Caf\u00e9 on the quay", doc.path("metadata").path("title").path("value").asText());
    assertTrue(doc.path("text").asText().contains("Cr\u00e8me and coffee."), run.out());
  }

  @Test
  void badInputIsNamedAndTheBatchGoesOn() throws IOException {
    Files.write(in.resolve("broken.html"), new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 7, 8});
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("extract", in.toString(), in.resolve("missing.html").toString(), "-o", out.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains("broken.html"), run.err());
    assertTrue(run.err().contains("missing.html"), run.err());
    List<Integer> counts = summary(run.err());
    assertEquals(counts.get(0), counts.get(1) + counts.get(2) + counts.get(3), "the counts add up: " + run.err());
    assertEquals(3, counts.get(1), run.err());
    assertEquals(5, counts.get(0), run.err());
    assertEquals(Set.of("first.txt", "sub/second.txt", "third.txt"), files(out));
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(Main.USAGE, CliRun.run("extract", "--no-such-option", in.toString()).code());
    assertEquals(Main.USAGE, CliRun.run("extract", in.toString(), "-f", "pdf").code());
    assertEquals(Main.USAGE, CliRun.run("no-such-command").code());
  }

  @Test
  void flattenedTextIsChosenByExtension() throws IOException {
    Path text = dir.resolve("capture.txt");
    Files.writeString(text, "Home | News | Sport\n\nHarbour lights return\n\n"
        + "The harbour lights were lit again on Friday after a winter in the dark, and the fishing fleet came home"
        + " by them for the first time since October.\n\n"
        + "Volunteers from the lifeboat station spent three weekends replacing the lamps, the wiring and the old"
        + " timber posts that had rotted through.\n\nShare on Facebook\n");
    CliRun run = CliRun.run("extract", text.toString(), "-f", "json");
    assertEquals(0, run.code(), run.err());
    JsonNode doc = parse(run.out());
    assertTrue(doc.path("text").asText().contains("Volunteers from the lifeboat station"), run.out());
    assertFalse(doc.path("text").asText().contains("Share on Facebook"), run.out());
  }

  private static String article(String title, String extra) {
    return "<!doctype html><html><head><title>" + title + " | The Quay Times</title></head><body>"
        + "<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav>"
        + "<article><h1>" + title + "</h1>"
        + "<p>The harbour lights were lit again on Friday after a winter in the dark, and the fishing fleet came"
        + " home by them for the first time since October.</p>"
        + "<p>Volunteers from the lifeboat station spent three weekends replacing the lamps, the wiring and the old"
        + " timber posts that had rotted through. " + extra + "</p>"
        + "<p>\u201cIt is good to see the quay bright again,\u201d said the harbour master, who has worked there for"
        + " thirty years.</p></article>"
        + "<aside class=newsletter><p>Subscribe to our newsletter</p></aside>"
        + "<footer>\u00a9 The Quay Times</footer></body></html>";
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  private static Set<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      Set<String> names = new TreeSet<>();
      walk.filter(Files::isRegularFile).forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
      return names;
    }
  }

  private static List<Integer> summary(String err) {
    Matcher m = SUMMARY.matcher(err);
    assertTrue(m.find(), "no summary in: " + err);
    return List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4)));
  }

}
