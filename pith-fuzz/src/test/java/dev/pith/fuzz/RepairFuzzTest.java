package dev.pith.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the encoding repair (never throws, idempotent): see {@link FuzzTargets#repair}. Without {@code JAZZER_FUZZ} set it replays its seeds; with it, it fuzzes
 * for the bounded time below (the CI run); {@code pith-fuzz/fuzz.sh} runs it longer through
 * {@link #fuzzerTestOneInput}.
 */
public class RepairFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void repair(byte[] data) {
    FuzzTargets.repair(data);
  }

  /** Called once by Jazzer's command line driver before fuzzing: the warm-up is not charged to the first input. */
  public static void fuzzerInitialize() {
    FuzzTargets.warmUp();
  }

  /** The entry point of Jazzer's command line driver (long runs). */
  public static void fuzzerTestOneInput(byte[] data) {
    FuzzTargets.repair(data);
  }
}
