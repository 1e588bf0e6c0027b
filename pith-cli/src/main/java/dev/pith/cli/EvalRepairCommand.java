package dev.pith.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pith eval repair}: repair accuracy on mojibake cases. Not implemented yet. */
@Command(name = "repair", mixinStandardHelpOptions = true, description = "Repair accuracy (not yet).")
final class EvalRepairCommand implements Callable<Integer> {
  @Parameters(arity = "0..*")
  java.util.List<String> args;

  private final Main main;

  EvalRepairCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    main.err().println("pith eval repair: not implemented yet");
    return Main.USAGE;
  }
}
