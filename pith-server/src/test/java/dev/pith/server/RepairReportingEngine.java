package dev.pith.server;

import dev.pith.Extraction;
import dev.pith.Inspection;
import dev.pith.capture.Capture;
import dev.pith.document.Encoding;
import dev.pith.document.ExtractedDocument;
import dev.pith.document.RepairStep;
import dev.pith.repair.RepairedText;
import java.util.List;

/**
 * The real engine, with one made-up repair step added to every document's encoding: lets the browser test check
 * how repair steps are shown whatever the state of the real repair (which may find nothing to repair).
 */
final class RepairReportingEngine implements Engine {
  static final RepairStep STEP = new RepairStep("reencode", "utf-8 read as gbk", 4, 6);

  private final Engine real = GatedEngine.real();

  @Override
  public Extraction extract(Capture capture) {
    return withStep(real.extract(capture));
  }

  @Override
  public Inspection inspect(Capture capture) {
    Inspection inspection = real.inspect(capture);
    return new Inspection(withStep(inspection.extraction()), inspection.markedPage());
  }

  @Override
  public RepairedText repair(String text) {
    return real.repair(text);
  }

  private static Extraction withStep(Extraction extraction) {
    if (!(extraction instanceof Extraction.Success ok)) {
      return extraction;
    }
    ExtractedDocument d = ok.document();
    Encoding e = d.encoding();
    Encoding repaired = new Encoding(e.charset(), e.evidence(), List.of(STEP));
    return new Extraction.Success(ok.source(),
        new ExtractedDocument(d.metadata(), d.blocks(), d.removals(), d.diagnostics(), repaired));
  }
}
