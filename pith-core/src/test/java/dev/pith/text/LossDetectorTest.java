package dev.pith.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.document.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LossDetectorTest {
  private static final String BODY = "The council met on Tuesday evening to discuss the bridge, and the debate ran "
      + "for more than three hours before the vote was taken.\n"
      + "Residents who live near the water said they had waited years for a decision, and many were angry.\n";

  private static List<String> codes(String text) {
    return FlatTextExtractor.create().extract(text).diagnostics().stream()
        .map(d -> d.code() + "@" + d.where()).toList();
  }

  private static List<Diagnostic> found(String text) {
    return FlatTextExtractor.create().extract(text).diagnostics();
  }

  @Test
  void aNameInAnotherScript() {
    List<String> codes = codes("海角大神\nHarbour bridge vote splits the town council\n" + BODY + BODY
        + "海角大神 was founded in 1908 to lift the standard of journalism.\n");
    assertTrue(codes.contains("foreign_script_name@line 1"), codes.toString());
    assertTrue(codes.contains("foreign_script_name@line 7"), codes.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Chinese leader Xi Jinping (习近平) met the prime minister on Tuesday, and the talks went on all day.",
    "The word “дача” means a summer house, and millions of Russians spend their weekends in one.",
    "Tokyo’s mayor said 東京 would host the games again if the city council agreed to pay.",
  })
  void namesGivenInTheirOwnScriptAreNoLoss(String line) {
    assertEquals(List.of(), codes(BODY + line + "\n" + BODY).stream()
        .filter(c -> c.startsWith("foreign_script_name")).toList());
  }

  @Test
  void textInAnotherScriptThatIsTheWholePageIsNoLoss() {
    String russian = "Новости дня\nСегодня в городе открылся новый парк, и многие жители пришли на праздник.\n"
        + "Мэр города сказал, что парк станет любимым местом отдыха для всех горожан и их детей.\n";
    assertEquals(List.of(), codes(russian).stream().filter(c -> c.startsWith("foreign")).toList());
  }

  @Test
  void anEmptiedBylineUnderTheHeadline() {
    List<String> codes = codes("Harbour bridge vote splits the town council\n|\n" + BODY);
    assertTrue(codes.contains("empty_byline@line 2"), codes.toString());
    assertEquals(List.of(), codes("Harbour bridge vote splits the town council\nBy Maria Olsen | March 3\n" + BODY)
        .stream().filter(c -> c.startsWith("empty_byline")).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "In fact, the suggests he enjoys nearly 60% backing, comfortably above his rival's own poll numbers.",
    "According to the , the rules would force about a tenth of the country's farms to close by 2030.",
    "Readers of the of the day will remember the storm that closed the harbour for a whole week.",
  })
  void droppedLinkText(String line) {
    List<Diagnostic> found = found(BODY + line + "\n" + BODY);
    assertTrue(found.stream().anyMatch(d -> d.code().equals("dropped_link_text") && d.where().equals("line 3")),
        found.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "In fact, the poll suggests he enjoys nearly 60% backing, comfortably above his rival's own poll numbers.",
    "The study found that the reported cases fell, and a found object was shown at the museum.",
    "Its shows have sold out, and the council says the hall will open again in May after repairs.",
  })
  void wholeSentencesLoseNothing(String line) {
    assertEquals(List.of(), codes(BODY + line + "\n" + BODY).stream()
        .filter(c -> c.startsWith("dropped")).toList());
  }

  @Test
  void emptyCounters() {
    List<String> codes = codes(BODY + BODY + "You've read\u00a0\u00a0of\u00a0\u00a0free articles. Subscribe.\n");
    assertTrue(codes.contains("empty_counter@line 5"), codes.toString());
    assertEquals(List.of(), codes(BODY + "You've read 3 of 5 free articles. Subscribe.\n").stream()
        .filter(c -> c.startsWith("empty")).toList());
  }
}
