package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pith.document.RepairStep;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TextRepair#replay} against the plain definition: each step applied to the whole text as it stands. */
class ReplayTest {
  private static String stepByStep(String text, List<RepairStep> steps) {
    String current = text;
    for (RepairStep step : steps) {
      current = current.substring(0, step.start()) + TextRepair.replacement(current.substring(step.start(),
          step.end()), step) + current.substring(step.end());
    }
    return current;
  }

  private static RepairStep reencode(int start, int end) {
    return new RepairStep(Steps.REENCODE, Steps.reencodeDetail(Codecs.byName("windows-1252")), start, end);
  }

  @Test
  void stepsForwardBackAndAtTheSamePlace() {
    String text = "CafÃ© and crÃ¨me, Ã\u00a0 la carte";
    // offsets in the text as it was just before each step: each repair shortens the text by one
    List<List<RepairStep>> orders = List.of(
        List.of(reencode(3, 5), reencode(11, 13), reencode(16, 18)),
        List.of(reencode(18, 20), reencode(12, 14), reencode(3, 5)),
        List.of(reencode(12, 14), reencode(3, 5), reencode(16, 18)));
    for (List<RepairStep> steps : orders) {
      assertEquals(stepByStep(text, steps), TextRepair.replay(text, steps), steps.toString());
      assertEquals("Café and crème, à la carte", TextRepair.replay(text, steps));
    }
  }

  @Test
  void theStepsOfRealRepairsReplayAsTheyDidOneByOne() {
    TextRepair repair = TextRepair.create();
    for (String broken : List.of(
        "Ð\u009cÐ½Ðµ Ð¾Ñ\u0087ÐµÐ½Ñ\u008c Ð½Ñ\u0080Ð°Ð²Ð¸Ñ\u0082Ñ\u0081Ñ\u008f", // twice through windows-1252
        LostByteFillTest.broken("Для начала нужно было найти дом. Мы долго искали, и это было непросто.", "euc-kr",
            DecodeErrors.IGNORE),
        "That鈥檚 the 鈥渄ictator鈥 who stayed 鈥 for now.")) {
      RepairedText r = repair.repair(broken);
      assertEquals(stepByStep(broken, r.steps()), TextRepair.replay(broken, r.steps()));
      assertEquals(r.text(), TextRepair.replay(broken, r.steps()));
    }
  }

  @Test
  void aStepPastTheEndIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> TextRepair.replay("abc", List.of(reencode(2, 9))));
  }
}
