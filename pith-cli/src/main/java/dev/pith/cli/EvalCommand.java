package dev.pith.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pith eval}: measures extraction and repair on benchmark data. Not implemented yet. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluates pith on benchmarks (not yet).")
final class EvalCommand implements Callable<Integer> {
  @Parameters(arity = "0..*")
  java.util.List<String> args;

  private final Main main;

  EvalCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    main.err().println("pith eval: not implemented yet");
    return Main.USAGE;
  }
}
