package dev.pith.eval.repair;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One case of a mojibake set ({@code shared/mojibake/dev.jsonl}).
 *
 * @param id case id
 * @param broken the text to repair
 * @param original the expected repair
 * @param wrongEncoding codec the text was wrongly decoded with ({@code a>b} for two layers, {@code none} for
 *     negatives)
 * @param mode {@code strict}, {@code replace}, {@code ignore}, {@code sloppy} or {@code none}
 * @param kind {@code single}, {@code double}, {@code partial}, {@code legacy} or {@code negative}
 * @param srcLang language code(s) of the text
 * @param trueEncoding what the bytes really were ({@code utf-8} except for legacy cases)
 * @param negType for negatives: {@code clean}, {@code mixed-script}, {@code legit-odd}, {@code discussion}
 */
public record RepairCase(String id, String broken, String original, String wrongEncoding, String mode, String kind,
    String srcLang, String trueEncoding, @Nullable String negType) {
  public RepairCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(broken, "broken");
    Objects.requireNonNull(original, "original");
  }

  public boolean negative() {
    return kind.equals("negative");
  }
}
