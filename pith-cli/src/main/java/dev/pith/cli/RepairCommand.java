package dev.pith.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pith repair}: repairs mojibake in a text file. Not implemented yet: it exits with a usage error. */
@Command(name = "repair", mixinStandardHelpOptions = true, description = "Repairs mojibake in text (not yet).")
final class RepairCommand implements Callable<Integer> {
  @Parameters(arity = "0..*")
  java.util.List<String> args;

  private final Main main;

  RepairCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    main.err().println("pith repair: not implemented yet");
    return Main.USAGE;
  }
}
