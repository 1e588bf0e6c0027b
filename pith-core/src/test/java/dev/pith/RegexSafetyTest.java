package dev.pith;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every regular expression pith-core compiles (every {@code static final Pattern} field of every class) runs in
 * bounded time on inputs built to make backtracking explode: long runs of one character, of words, of digits,
 * of separators, of half-open tags. The timeout is a hang guard, not a speed measurement.
 */
class RegexSafetyTest {
  private static final List<String> HOSTILE = List.of(
      "a".repeat(200_000),
      " ".repeat(200_000) + "x",
      "1".repeat(200_000),
      "aa ".repeat(70_000) + "!",
      "By " + "Jane ".repeat(40_000),
      "2019-".repeat(40_000),
      "<img ".repeat(40_000),
      "<meta charset=".repeat(20_000),
      "-".repeat(100_000) + "|" + "-".repeat(100_000),
      "share ".repeat(40_000),
      "\"@type\" : [".repeat(20_000),
      "/t/".repeat(50_000),
      "12:".repeat(60_000),
      "Ab. ".repeat(50_000));

  @TestFactory
  List<DynamicTest> everyPatternRunsInBoundedTime() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Field field : patternFields()) {
      field.setAccessible(true);
      Pattern pattern = (Pattern) field.get(null);
      String name = field.getDeclaringClass().getSimpleName() + "." + field.getName();
      tests.add(DynamicTest.dynamicTest(name, () -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
        for (String input : HOSTILE) {
          var m = pattern.matcher(input);
          int found = 0;
          while (m.find() && found < 100_000) {
            found++;
          }
          m.reset();
          m.matches();
          m.reset();
          m.lookingAt();
        }
      }, name)));
    }
    assertTrue(tests.size() >= 10, "expected to find pith-core's patterns, found " + tests.size());
    return tests;
  }

  private static List<Field> patternFields() throws IOException, ClassNotFoundException {
    Path classes = Path.of("target/classes");
    assertTrue(Files.isDirectory(classes), "compiled classes not found at " + classes.toAbsolutePath());
    List<Field> fields = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(classes)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.endsWith("package-info")) {
          continue;
        }
        Class<?> cls = Class.forName(name, false, RegexSafetyTest.class.getClassLoader());
        for (Field f : cls.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
            fields.add(f);
          }
        }
      }
    }
    assertFalse(fields.isEmpty());
    return fields;
  }
}
