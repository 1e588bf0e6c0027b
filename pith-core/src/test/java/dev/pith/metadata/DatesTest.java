package dev.pith.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "2025-02-20;2025-02-20",
    "2025-02-20T08:30:00Z;2025-02-20T08:30:00Z",
    "2025-02-20T08:30:00+0100;2025-02-20T08:30:00+01:00",
    "2025-02-20 08:30;2025-02-20",
    "Thu, 20 Feb 2025 08:30:00 GMT;2025-02-20T08:30:00Z",
    "20 Feb 2025 08:30:00 +0100;2025-02-20T08:30:00+01:00",
    // RFC 1123 in form, but the weekday is wrong or text follows: the day, month and year still count
    "Mon, 20 Feb 2025 08:30:00 GMT;2025-02-20",
    "Thu, 20 Feb 2025 08:30:00 GMT (updated);2025-02-20",
    "20 February 2025;2025-02-20",
    "February 20, 2025;2025-02-20",
    "Feb. 20th, 2025;2025-02-20",
    "20. Februar 2025;2025-02-20",
    "20 de febrero de 2025;2025-02-20",
    "20.02.2025;2025-02-20",
    "2025/02/20;2025-02-20",
    "02/20/2025;2025-02-20",
    "20/02/2025;2025-02-20",
    "Updated: 20250220;2025-02-20",
    "| November 18, 2019 12:26 PM EST;2019-11-18",
    "31.10.23;2023-10-31",
    "am 28.01.22 um 12:45;2022-01-28",
    "15 августа 2016, 13:43;2016-08-15",
    "3 травня 2021;2021-05-03",
  })
  void readsTheDatesPagesWrite(String text, String iso) {
    assertEquals(iso, Dates.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "version 3.10.2", "2025-02-30", "1850-01-01", "31.13.2020",
      "call 555-1234-5678", "the 45 of 2025",
      "version 1.10.23.4", "31.13.23", "4.10.23"})
  void refusesWhatIsNotADate(String text) {
    assertNull(Dates.parse(text));
  }
}
