package dev.pith.server;

import dev.pith.Extraction;
import dev.pith.Extractor;
import dev.pith.Inspection;
import dev.pith.capture.Capture;
import dev.pith.repair.RepairedText;
import dev.pith.repair.TextRepair;

/**
 * The library calls the server makes, behind one interface so that tests can put a controllable engine (one that
 * blocks on a latch) behind the real HTTP stack. Implementations are thread-safe.
 */
interface Engine {
  Extraction extract(Capture capture);

  Inspection inspect(Capture capture);

  RepairedText repair(String text);

  /** The real engine: one shared extractor and the text repair. */
  static Engine of(Extractor extractor, TextRepair repair) {
    return new Engine() {
      @Override
      public Extraction extract(Capture capture) {
        return extractor.extract(capture);
      }

      @Override
      public Inspection inspect(Capture capture) {
        return extractor.inspect(capture);
      }

      @Override
      public RepairedText repair(String text) {
        return repair.repair(text);
      }
    };
  }
}
