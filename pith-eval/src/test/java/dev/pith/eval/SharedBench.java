package dev.pith.eval;

import dev.pith.eval.gold.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds the shared benchmark data for tests: {@code ../shared} beside the project root (where CI puts it), or the
 * folder named by the system property {@code pith.shared}. Tests that need it fail with a message saying so; they
 * never pass silently without it.
 */
public final class SharedBench {
  private SharedBench() {}

  /** The shared folder (holding {@code bench/}). */
  public static Path root() {
    return root(System.getProperty("pith.shared"));
  }

  /** The shared folder named by {@code override}, or {@code ../shared} beside the project root when it is null. */
  static Path root(@org.jspecify.annotations.Nullable String override) {
    Path shared = override != null && !override.isBlank()
        ? Path.of(override)
        : projectRoot().resolve("../shared");
    shared = shared.toAbsolutePath().normalize();
    if (!Files.isRegularFile(shared.resolve("bench/score.py")) || !Files.isDirectory(shared.resolve("bench/data"))) {
      throw new IllegalStateException("The shared benchmark data is missing: expected " + shared
          + "/bench/score.py and " + shared + "/bench/data/. Put the shared folder beside the project "
          + "(../shared) or name it with -Dpith.shared=/path/to/shared.");
    }
    return shared;
  }

  /** {@code shared/bench}. */
  public static Path bench() {
    return root().resolve("bench");
  }

  /** One dataset of {@code shared/bench/data}. */
  public static Dataset dataset(String name) {
    try {
      return Dataset.open(bench().resolve("data").resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The four datasets, in a fixed order. */
  public static final List<String> DATASETS =
      List.of("scrapinghub-aeb", "readability-mozilla", "trafilatura-eval", "wcxb-dev");

  /** The project root: the first folder upwards from the working directory that holds {@code pith-core}. */
  public static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("pith-core")) && Files.isRegularFile(d.resolve("pom.xml"))) {
        return d;
      }
    }
    throw new IllegalStateException("cannot find the project root (a folder with pith-core/) above " + dir);
  }

  /** The Python 3 interpreter to run score.py with; fails with a message when there is none. */
  public static String python() {
    String python = System.getProperty("pith.python", "python3");
    try {
      Process p = new ProcessBuilder(python, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
        return python;
      }
    } catch (IOException e) {
      // reported below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new IllegalStateException("Python 3.11+ is needed to check the Java scorers against shared/bench/score.py,"
        + " but '" + python + " --version' did not run. Install python3 or name it with -Dpith.python=...");
  }

  /** Runs a command, returning its standard output; fails with its standard error when it exits non-zero. */
  public static String run(List<String> command, Path workDir) {
    try {
      Path err = Files.createTempFile("pith-test", ".err");
      Process p = new ProcessBuilder(command).directory(workDir.toFile())
          .redirectError(err.toFile()).start();
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + command);
      }
      String errText = Files.readString(err);
      Files.deleteIfExists(err);
      if (p.exitValue() != 0) {
        throw new IllegalStateException("exit " + p.exitValue() + " from " + command + "\n" + errText);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
