package dev.pith.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/** One run of the {@code pith} command in this JVM, with its exit code and what it wrote to stdout and stderr. */
record CliRun(int code, String out, String err) {
  /** Runs {@code pith args} with empty standard input. */
  static CliRun run(String... args) {
    return withInput(new byte[0], args);
  }

  /** Runs {@code pith args} with {@code stdin} as standard input. */
  static CliRun withInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8),
        new ByteArrayInputStream(stdin)).run(args);
    return new CliRun(code, out.toString(UTF_8), err.toString(UTF_8));
  }
}
