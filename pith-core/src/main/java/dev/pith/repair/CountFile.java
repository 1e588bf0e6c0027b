package dev.pith.repair;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.ObjIntConsumer;

/** Reads repair's count resources: lines of a key, a tab and a count; lines starting with {@code #} are comments. */
final class CountFile {
  private CountFile() {}

  /** Calls {@code row} with each key and count of resource {@code name} (beside this class). */
  static void read(String name, ObjIntConsumer<String> row) {
    try (InputStream in = CountFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab > 0) {
          row.accept(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
