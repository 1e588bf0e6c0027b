package dev.pith.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {
  @Test
  void splitsBylinesIntoNames() {
    assertEquals(List.of("Jane Doe"), Bylines.names("By Jane Doe"));
    assertEquals(List.of("Jane Doe", "John Roe"), Bylines.names("By Jane Doe and John Roe, Staff Writers"));
    assertEquals(List.of("Max Muster"), Bylines.names("Von Max Muster | 20.02.2025"));
    assertEquals(List.of("Ana Pérez", "Luis Gómez"), Bylines.names("Por Ana Pérez y Luis Gómez"));
    assertEquals(List.of("Tom Alder"), Bylines.names("Tom Alder, Reuters"));
  }

  @Test
  void refusesWhatIsNotAName() {
    assertEquals(List.of(), Bylines.names("https://example.com/authors/jane"));
    assertEquals(List.of(), Bylines.names("staff"));
    assertEquals(List.of(), Bylines.names("jane@example.com"));
    assertEquals(List.of(), Bylines.names("x".repeat(500)));
  }
  @Test
  void cutsTheDateAndSeparatorAfterTheName() {
    assertEquals(List.of("Emily Burack"), Bylines.names("Emily Burack 8 January 2021, 3:15 pm"));
    assertEquals(List.of("Patrick Czerny"), Bylines.names("Patrick Czerny - "));
  }

  @Test
  void aLabelAloneIsNoName() {
    assertEquals(List.of(), Bylines.names("Auteurs"));
    assertEquals(List.of(), Bylines.names("Veröffentlicht am"));
    assertEquals(List.of(), Bylines.names("Posted on"));
  }
  @Test
  void dropsPostedByLabelsInOtherLanguages() {
    assertEquals(List.of("der Michel"), Bylines.names("Eingestellt von der Michel"));
    assertEquals(List.of("HansG"), Bylines.names("Veröffentlicht von HansG"));
    assertEquals(List.of("Marie Dupont"), Bylines.names("Publié par Marie Dupont"));
  }
}
