package dev.pith.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLinesTest {
  @ParameterizedTest
  @ValueSource(strings = {"Datum: 03.11.2021", "| November 18, 2019 12:26 PM EST", "Posted on 2 June 2024"})
  void wholeDateLines(String text) {
    assertTrue(DateLines.isDateLine(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "01. November 2021 | Naturschutz, BUND;01. November 2021, Naturschutz",
    "Handball Schweiz • 02.02.2022;02.02.2022",
    "1. Februar 2022 , Daniel Dillenburg;1. Februar 2022",
    "18.02.2022, 10:27 | Recht & Gesetz;18.02.2022, 10:27",
    "Monday, March 3, 2025, Jane Doe;Monday, March 3, 2025",
    "Harbour news – 5 May 2024;5 May 2024",
  })
  void theDateInAMetaLineWithOtherParts(String text, String date) {
    assertFalse(DateLines.isDateLine(text));
    assertEquals(date, DateLines.datePart(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "The ferry sailed again on the first day of spring | 2 June 2024",
    "Harbour | Ferries | Timetables",
    "2 June 2024",
    "Tickets from 12, 15 or 20 euros",
  })
  void noDatePartWhenTheOtherPartsAreLongOrThereIsNoDate(String text) {
    assertNull(DateLines.datePart(text));
  }
}
