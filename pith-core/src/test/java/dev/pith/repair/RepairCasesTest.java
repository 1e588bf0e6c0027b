package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden repair cases ({@code repair/cases.jsonl}, made by {@code make_cases.py} beside it): text broken the ways
 * captures break ("wild") must come back exactly; correct text ("negative") must stay as it is; "known-failure"
 * cases are ones pith does not repair yet, and the test fails as soon as one of them passes, so it is moved.
 */
class RepairCasesTest {
  private static final TextRepair REPAIR = TextRepair.create();

  record Case(String family, String note, String broken, String expected) {
    @Override
    public String toString() {
      return family + ": " + note + ": " + (broken.length() > 40 ? broken.substring(0, 40) + "…" : broken);
    }
  }

  static List<Case> cases() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(RepairCasesTest.class.getResourceAsStream("/repair/cases.jsonl"));
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          cases.add(new Case(n.get("family").asText(), n.get("note").asText(), n.get("broken").asText(),
              n.get("expected").asText()));
        }
      }
    }
    return cases;
  }

  static Stream<Arguments> all() throws IOException {
    return cases().stream().map(Arguments::of);
  }

  @Test
  void everyFamilyHasCases() throws IOException {
    List<Case> cases = cases();
    assertTrue(cases.stream().filter(c -> c.family().equals("wild")).count() >= 12);
    assertTrue(cases.stream().filter(c -> c.family().equals("negative")).count() >= 10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void caseBehavesAsItsFamilySays(Case c) {
    RepairedText repaired = REPAIR.repair(c.broken());
    switch (c.family()) {
      case "wild" -> assertEquals(c.expected(), repaired.text(), repaired.explain(c.broken()));
      case "negative" -> assertEquals(c.broken(), repaired.text(), "correct text was changed: "
          + repaired.explain(c.broken()));
      case "known-failure" -> assertNotEquals(c.expected(), repaired.text(),
          "this known failure is repaired now: move it to the family 'wild'");
      default -> throw new AssertionError("unknown family " + c.family());
    }
    assertEquals(repaired.text(), REPAIR.repair(repaired.text()).text(), "repair is idempotent");
    assertEquals(repaired.text(), TextRepair.replay(c.broken(), repaired.steps()), "the steps replay");
  }
}
