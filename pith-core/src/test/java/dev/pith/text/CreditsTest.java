package dev.pith.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditsTest {
  private static Line line(String text) {
    List<Line> lines = LineClassifierTest.judged(text);
    return lines.get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Sputnik/Mikhail Metzel/Reuters | true",
    "Evelyn Hockstein/Reuters | true",
    "Tetiana Dzhafarova/AP | true",
    "AP Photo/Evan Vucci | true",
    "Photo: Ann Reyes | true",
    "Jane Doe via Getty Images | true",
    "Getty Images | true",
    "Courtesy of the artist | true",
    "Ann Hermes/The Christian Science Monitor | true",
    "Harbour bridge vote splits the town council | false",
    "and/or | false",
    "Reuters reported on Monday that the talks had failed. | false",
    "Input/Output | false",
  })
  void creditLines(String text, boolean credit) {
    assertEquals(credit, Credits.isCredit(line(text)), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Volunteers carry a young swan to the shore of Lake Mira on Sunday. (AP Photo/Jonas Berg) | 67",
    "A reference habitation module for a crewed Mars mission. Credit: ESA | 57",
    "The WeWork logo outside a co-working space in New York City. REUTERS/Brendan McDermid/File | 61",
    "In this photo taken by a reader, the swan family rests in a pen at the animal shelter. | 0",
    "FILE PHOTO: The WeWork logo is displayed outside of a co-working space in New York City. | 0",
    "The council met on Tuesday evening to discuss the bridge, and the vote was close (seven to six). | -1",
    "The birds were spotted by a dog walker early in the morning, and by nine o'clock a crowd had gathered. | -1",
  })
  void captionsCarryTheirCreditAtTheEnd(String text, int creditStart) {
    assertEquals(creditStart, Credits.captionCredit(line(text)), text);
  }

  @Test
  void everyLabelAndAgencyMarkHoldsTheSignThatGatesItsSearch() {
    for (String label : Credits.CAPTION_LABELS) {
      assertTrue(Arrays.stream(Credits.LABEL_SIGNS).anyMatch(label::contains), label);
    }
    for (String mark : Credits.AGENCY_MARKS) {
      assertTrue(mark.contains("/") || mark.contains("Getty"), mark);
    }
  }
}
