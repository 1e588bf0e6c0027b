package dev.pith.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pith eval extract}: extraction accuracy on the shared benchmarks. Not implemented yet. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Extraction accuracy (not yet).")
final class EvalExtractCommand implements Callable<Integer> {
  @Parameters(arity = "0..*")
  java.util.List<String> args;

  private final Main main;

  EvalExtractCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    main.err().println("pith eval extract: not implemented yet");
    return Main.USAGE;
  }
}
