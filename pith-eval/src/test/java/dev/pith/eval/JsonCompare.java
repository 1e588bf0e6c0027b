package dev.pith.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/** Compares two JSON trees, numbers within a tolerance; lists every difference with its path. */
final class JsonCompare {
  private JsonCompare() {}

  static List<String> differences(JsonNode expected, JsonNode actual, double tolerance) {
    List<String> out = new ArrayList<>();
    compare("$", expected, actual, tolerance, out);
    return out;
  }

  private static void compare(String path, JsonNode e, JsonNode a, double tol, List<String> out) {
    if (e.isNumber() && a.isNumber()) {
      double x = e.asDouble();
      double y = a.asDouble();
      if (Math.abs(x - y) > tol) {
        out.add(path + ": score.py " + x + ", Java " + y);
      }
      return;
    }
    if (e.isObject() && a.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      e.fieldNames().forEachRemaining(keys::add);
      a.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        if (!e.has(k)) {
          out.add(path + "." + k + ": only in Java (" + a.get(k) + ")");
        } else if (!a.has(k)) {
          out.add(path + "." + k + ": only in score.py (" + e.get(k) + ")");
        } else {
          compare(path + "." + k, e.get(k), a.get(k), tol, out);
        }
      }
      return;
    }
    if (e.isArray() && a.isArray()) {
      if (e.size() != a.size()) {
        out.add(path + ": score.py has " + e.size() + " items, Java " + a.size());
        return;
      }
      Iterator<JsonNode> ie = e.elements();
      Iterator<JsonNode> ia = a.elements();
      for (int i = 0; ie.hasNext(); i++) {
        compare(path + "[" + i + "]", ie.next(), ia.next(), tol, out);
      }
      return;
    }
    if (!e.equals(a)) {
      out.add(path + ": score.py " + e + ", Java " + a);
    }
  }
}
