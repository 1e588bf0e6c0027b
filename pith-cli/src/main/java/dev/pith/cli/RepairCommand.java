package dev.pith.cli;

import dev.pith.repair.RepairedText;
import dev.pith.repair.TextRepair;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pith repair}: undoes mojibake in a UTF-8 text file (or standard input) and writes the repaired text, byte
 * for byte otherwise unchanged, to standard output. With {@code --explain}, each step taken goes to standard error.
 * Exit 0 when the text was read (repaired or not), 1 when it could not be read, 2 on usage errors.
 */
@Command(name = "repair", mixinStandardHelpOptions = true,
    description = "Undoes mojibake (text decoded with the wrong charset) in a UTF-8 text file; writes the repaired "
        + "text to standard output.")
final class RepairCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "A UTF-8 text file, or - for standard input.")
  String file;

  @Option(names = "--explain", description = "Write the steps taken to standard error.")
  boolean explain;

  private final Main main;

  RepairCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    byte[] bytes;
    try {
      if (file.equals("-")) {
        InputStream in = main.in();
        bytes = in.readAllBytes();
      } else {
        bytes = Files.readAllBytes(Path.of(file));
      }
    } catch (NoSuchFileException e) {
      main.err().println("pith repair: no such file: " + file);
      return 1;
    } catch (IOException e) {
      main.err().println("pith repair: cannot read " + file + ": " + e.getMessage());
      return 1;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      main.err().println("pith repair: " + file + " is not UTF-8 text; convert it first (the repair works on "
          + "decoded text)");
      return 1;
    }
    RepairedText repaired = TextRepair.create().repair(text);
    main.out().write(repaired.text().getBytes(StandardCharsets.UTF_8), 0,
        repaired.text().getBytes(StandardCharsets.UTF_8).length);
    main.out().flush();
    if (explain) {
      main.err().print(repaired.explain(text));
      main.err().flush();
    }
    return 0;
  }
}
