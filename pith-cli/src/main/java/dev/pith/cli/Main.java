package dev.pith.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pith} command. {@link #run} returns the exit code: 0 when all went well, 1 when some inputs were not
 * extracted, 2 on usage errors. Standard output carries data only; progress, messages and summaries go to
 * standard error.
 */
@Command(
    name = "pith",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Gets the article out of any web capture.",
    subcommands = {ExtractCommand.class, RepairCommand.class, EvalCommand.class, ServeCommand.class})
public final class Main {
  /** Exit code for usage errors. */
  public static final int USAGE = 2;

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;

  public Main(PrintStream out, PrintStream err, InputStream in) {
    this.out = out;
    this.err = err;
    this.in = in;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    int code = new Main(out, err, System.in).run(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line {@code args} and returns the exit code. */
  public int run(String... args) {
    CommandLine cli = new CommandLine(this, new Factory());
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setParameterExceptionHandler((e, a) -> {
      cli.getErr().println("pith: " + e.getMessage());
      cli.getErr().println("Try 'pith " + commandPath(e.getCommandLine()) + "--help' for usage.");
      return USAGE;
    });
    int code = cli.execute(args);
    return code;
  }

  private static String commandPath(CommandLine cl) {
    StringBuilder path = new StringBuilder();
    for (CommandLine c = cl; c.getParent() != null; c = c.getParent()) {
      path.insert(0, c.getCommandName() + " ");
    }
    return path.toString();
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  InputStream in() {
    return in;
  }

  /** Gives subcommands the streams of this Main, so that tests can capture them. */
  private final class Factory implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == Main.class) {
        return cls.cast(Main.this);
      }
      try {
        return cls.getDeclaredConstructor(Main.class).newInstance(Main.this);
      } catch (NoSuchMethodException noStreams) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"pith " + (v == null ? "development build" : v)};
    }
  }

  /** Thrown by commands for usage errors found after parsing (e.g. --url with several inputs). */
  static final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }
}
