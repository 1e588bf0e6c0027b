package dev.pith.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.server.ServerOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code pith serve}: its options become the server's options; bad values are usage errors (exit 2). */
class ServeCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Main main = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));

  private ServerOptions parse(String... args) {
    ServeCommand command = new ServeCommand(main);
    new CommandLine(command).parseArgs(args);
    return command.options();
  }

  @Test
  void defaultsAreSafe() {
    ServerOptions o = parse();
    assertEquals("127.0.0.1", o.bindAddress(), "loopback unless the operator says otherwise");
    assertEquals(8080, o.port());
    assertFalse(o.fetch().allowPrivateAddresses());
    assertEquals(ServerOptions.defaults(), o);
  }

  @Test
  void optionsBecomeServerOptions() {
    ServerOptions o = parse("--port", "0", "--bind", "0.0.0.0", "--max-body", "512k", "--max-concurrent", "3",
        "--queue-timeout", "250ms", "--time-budget", "2s", "--allow-private-addresses", "--max-redirects", "2",
        "--max-fetch", "1m", "--fetch-timeout", "PT5S");
    assertEquals(0, o.port());
    assertEquals("0.0.0.0", o.bindAddress());
    assertEquals(512 * 1024, o.maxBodyBytes());
    assertEquals(3, o.maxConcurrent());
    assertEquals(12, o.maxQueued(), "four queued per running slot unless given");
    assertEquals(Duration.ofMillis(250), o.queueTimeout());
    assertEquals(Duration.ofSeconds(2), o.extractor().limits().timeBudget());
    assertTrue(o.fetch().allowPrivateAddresses());
    assertEquals(2, o.fetch().maxRedirects());
    assertEquals(1 << 20, o.fetch().maxBytes());
    assertEquals(Duration.ofSeconds(5), o.fetch().totalTimeout());
    assertEquals(5, parse("--max-concurrent", "3", "--max-queued", "5").maxQueued());
  }

  @Test
  void sizesAndDurationsAsPeopleWriteThem() {
    ServeCommand.SizeConverter size = new ServeCommand.SizeConverter();
    assertEquals(1048576L, size.convert("1048576"));
    assertEquals(10L << 20, size.convert("10m"));
    assertEquals(10L << 20, size.convert("10MiB"));
    assertEquals(1L << 30, size.convert("1G"));
    ServeCommand.DurationConverter duration = new ServeCommand.DurationConverter();
    assertEquals(Duration.ofMillis(500), duration.convert("500ms"));
    assertEquals(Duration.ofMinutes(2), duration.convert("2m"));
    assertEquals(Duration.ofSeconds(90), duration.convert("PT1M30S"));
  }

  @Test
  void badValuesAreUsageErrors() {
    assertEquals(Main.USAGE, main.run("serve", "--max-body", "ten"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not a size"), err.toString());
    assertEquals(Main.USAGE, main.run("serve", "--time-budget", "0s"));
    assertEquals(Main.USAGE, main.run("serve", "--max-concurrent", "0"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("maxConcurrent must be >= 1"), err.toString());
    assertEquals(Main.USAGE, main.run("serve", "--port", "70000"));
    assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing on standard output");
  }

  @Test
  void helpListsTheOptions() {
    assertEquals(0, main.run("serve", "--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    for (String option : new String[] {"--port", "--bind", "--allow-private-addresses", "--max-body",
        "--max-concurrent", "--max-queued", "--time-budget"}) {
      assertTrue(help.contains(option), option + " in:\n" + help);
    }
  }
}
