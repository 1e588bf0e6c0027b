package dev.pith.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pith eval extract} end to end on a small dataset made here (three article pages of our own). */
class EvalExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private Path dataset;

  private static String paragraphs(String topic, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      b.append("The ").append(topic).append(" report, part ").append(i)
          .append(", explains how the harbour committee weighed the evidence before it voted on the new plan. ")
          .append("Residents said the change would matter for years, and the council promised to publish its "
              + "figures.\n\n");
    }
    return b.toString().strip();
  }

  private static String page(String title, String body) {
    StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=utf-8><title>")
        .append(title).append(" | Harbour News</title></head><body><nav><a href=/>Home</a> <a href=/a>Archive</a>"
            + " <a href=/b>Contact</a></nav><article><h1>").append(title).append("</h1>");
    for (String p : body.split("\n\n")) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("</article><footer>© Harbour News. All rights reserved. <a href=/p>Privacy</a></footer>"
        + "</body></html>");
    return html.toString();
  }

  @BeforeEach
  void makeDataset() throws IOException {
    dataset = tmp.resolve("harbour-set");
    Files.createDirectories(dataset.resolve("html"));
    List<String> gold = new ArrayList<>();
    String[][] pages = {{"a1", "Ferry timetable", "article"}, {"a2", "Quay repairs", "article"},
        {"a3", "Fish market", "listing"}};
    for (String[] p : pages) {
      String text = paragraphs(p[1].toLowerCase(java.util.Locale.ROOT), p[0].equals("a3") ? 2 : 4);
      Files.writeString(dataset.resolve("html/" + p[0] + ".html"), page(p[1], text), StandardCharsets.UTF_8);
      // the gold of a3 wants text the page does not have, so that one page scores low
      String goldText = p[0].equals("a3") ? "Entirely different words about something else." : text;
      gold.add(JSON.writeValueAsString(JSON.createObjectNode().put("id", p[0]).put("url", "https://example.org/" + p[0])
          .put("title", p[1]).putNull("author").putNull("date").put("text", goldText)
          .put("html", "html/" + p[0] + ".html").put("page_type", p[2])));
    }
    Files.write(dataset.resolve("gold.jsonl"), gold, StandardCharsets.UTF_8);
  }

  @Test
  void extractsScoresAndWritesEveryOutput() throws IOException {
    Path pred = tmp.resolve("pred");
    Path json = tmp.resolve("out/results.json");
    Path perPage = tmp.resolve("out/pages.jsonl");
    Path chart = tmp.resolve("out/chart.svg");
    CliRun r = CliRun.run("eval", "extract", dataset.toString(), "--pred", pred.toString(), "--json", json.toString(),
        "--per-page", perPage.toString(), "--chart", chart.toString(), "--bootstrap", "50", "-j", "2",
        "--documents");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("== harbour-set: 3 pages (3 ok, 0 rejected, 0 failed"), r.out());
    assertTrue(r.out().contains("words    word F1 mean (WCXB)"), r.out());
    assertTrue(r.out().contains("aeb      shingle F1 (ScrapingHub)"), r.out());
    assertTrue(r.out().contains("meta     title exact"), r.out());
    for (String id : List.of("a1", "a2", "a3")) {
      assertTrue(Files.isRegularFile(pred.resolve("harbour-set/" + id + ".txt")), id);
      assertTrue(Files.isRegularFile(pred.resolve("harbour-set/" + id + ".json")), id);
      assertTrue(Files.isRegularFile(pred.resolve("harbour-set/" + id + ".document.json")), id);
    }
    String a1 = Files.readString(pred.resolve("harbour-set/a1.txt"));
    assertTrue(a1.contains("part 4, explains"), a1);
    assertTrue(!a1.contains("All rights reserved"), a1);

    JsonNode results = JSON.readTree(json.toFile());
    JsonNode d = results.get("datasets").get(0);
    assertEquals("harbour-set", d.get("dataset").asText());
    assertEquals(3, d.get("extraction").get("ok").asInt());
    double f1 = d.get("headline").get("f1").asDouble();
    assertTrue(f1 > 0.3 && f1 < 1.0, "one page of three is wrong: " + f1);
    assertTrue(d.get("overall").get("words").has("mean_f1_std"));

    List<String> rows = Files.readAllLines(perPage);
    assertEquals(3, rows.size());
    assertEquals("a3", JSON.readTree(rows.get(0)).get("id").asText(), "worst page first");
    assertTrue(JSON.readTree(rows.get(0)).get("score").asDouble()
        <= JSON.readTree(rows.get(2)).get("score").asDouble());
    assertTrue(Files.readString(chart).startsWith("<svg"), "chart");

    // scoring the written predictions again gives the same figures
    Path json2 = tmp.resolve("out/again.json");
    CliRun again = CliRun.run("eval", "extract", dataset.toString(), "--pred", pred.toString(), "--score-only",
        "--json", json2.toString(), "--bootstrap", "50");
    assertEquals(0, again.code(), again.err());
    assertEquals(d.get("overall"), JSON.readTree(json2.toFile()).get("datasets").get(0).get("overall"));
  }

  @Test
  void takesInputsFromAnotherFolderAndFilters() throws IOException {
    Path flat = tmp.resolve("flat/harbour-set");
    Files.createDirectories(flat);
    Files.writeString(flat.resolve("a1.txt"), paragraphs("ferry timetable", 4), StandardCharsets.UTF_8);
    Files.writeString(flat.resolve("a2.txt"), paragraphs("quay repairs", 4), StandardCharsets.UTF_8);
    Path json = tmp.resolve("flat.json");
    CliRun r = CliRun.run("eval", "extract", dataset.resolve("gold.jsonl").toString(), "--inputs", tmp.resolve("flat")
        .toString(), "--only", "page_type=article", "--bootstrap", "0", "--json", json.toString(), "--pred",
        tmp.resolve("p2").toString());
    assertEquals(0, r.code(), r.err());
    JsonNode d = JSON.readTree(json.toFile()).get("datasets").get(0);
    assertEquals(2, d.get("pages").asInt());
    assertTrue(d.get("headline").get("f1").asDouble() > 0.9, d.toString());
    CliRun limited = CliRun.run("eval", "extract", dataset.toString(), "--limit", "1", "--bootstrap", "0", "--pred",
        tmp.resolve("p3").toString());
    assertTrue(limited.out().contains("harbour-set: 1 pages"), limited.out());
  }

  @Test
  void withInputScoresOnlyThePagesThatHaveANonEmptyInput() throws IOException {
    Path flat = tmp.resolve("flat/harbour-set");
    Files.createDirectories(flat);
    Files.writeString(flat.resolve("a1.txt"), paragraphs("ferry timetable", 4), StandardCharsets.UTF_8);
    Files.writeString(flat.resolve("a2.txt"), "", StandardCharsets.UTF_8); // rendered to nothing
    Path json = tmp.resolve("with-input.json");
    CliRun r = CliRun.run("eval", "extract", dataset.toString(), "--with-input", tmp.resolve("flat").toString(),
        "--bootstrap", "0", "--json", json.toString(), "--pred", tmp.resolve("p4").toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(1, JSON.readTree(json.toFile()).get("datasets").get(0).get("pages").asInt(),
        "a1 only: a2's input is empty, a3 has none");
    assertEquals(2, CliRun.run("eval", "extract", dataset.toString(), "--with-input", tmp.resolve("none").toString())
        .code());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, CliRun.run("eval", "extract", dataset.toString(), "--metrics", "aeb,nope").code());
    assertEquals(2, CliRun.run("eval", "extract", tmp.resolve("missing").toString()).code());
    assertEquals(2, CliRun.run("eval", "extract", dataset.toString(), "--score-only").code());
    assertEquals(2, CliRun.run("eval", "extract", dataset.toString(), "--only", "page_type").code());
    assertEquals(2, CliRun.run("eval", "extract", dataset.toString(), "-j", "0").code());
    CliRun r = CliRun.run("eval", "extract", dataset.toString(), "--sentences", "words");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("punkt-approx or lines"), r.err());
  }
}
