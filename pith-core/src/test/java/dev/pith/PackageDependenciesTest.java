package dev.pith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: a stage imports only the result model, the shared helpers and the stages before it. The
 * order is the pipeline's; the root package alone (the front door) may import every stage.
 */
class PackageDependenciesTest {
  /** Each package may import itself and the packages before it. */
  private static final List<String> ORDER = List.of(
      "document", "internal", "capture", "decode", "repair", "html", "metadata", "clean", "segment",
      "boilerplate", "text", "output");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.pith\\.(\\w+)", Pattern.MULTILINE);
  /** Classes of the root package start upper-case: importing one from a stage is importing the front door. */

  @Test
  void stagesImportOnlyWhatComesBeforeThem() throws IOException {
    Path root = Path.of("src/main/java/dev/pith");
    List<String> violations = new ArrayList<>();
    int files = 0;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
        Path rel = root.relativize(file);
        if (rel.getNameCount() == 1) {
          continue; // the root package: the front door
        }
        String pkg = rel.getName(0).toString();
        int rank = ORDER.indexOf(pkg);
        assertTrue(rank >= 0, "package dev.pith." + pkg + " is not in the pipeline order; add it to ORDER");
        files++;
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String imported = m.group(1);
          int importedRank = Character.isUpperCase(imported.charAt(0)) ? Integer.MAX_VALUE
              : ORDER.indexOf(imported);
          if (importedRank < 0 || importedRank > rank) {
            violations.add(rel + " imports dev.pith." + imported);
          }
        }
      }
    }
    assertTrue(files > 30, "expected to find pith-core's sources, found " + files);
    assertEquals(List.of(), violations);
  }
}
