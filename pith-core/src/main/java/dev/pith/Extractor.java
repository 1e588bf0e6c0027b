package dev.pith;

import dev.pith.boilerplate.BlockClassifier;
import dev.pith.capture.Capture;
import dev.pith.capture.InputType;
import dev.pith.capture.Payloads;
import dev.pith.clean.Cleaner;
import dev.pith.decode.CharsetEvidence;
import dev.pith.decode.CharsetSniffer;
import dev.pith.decode.DecodedText;
import dev.pith.document.Block;
import dev.pith.document.Diagnostic;
import dev.pith.document.Encoding;
import dev.pith.document.ErrorKind;
import dev.pith.document.ExtractedDocument;
import dev.pith.document.Figure;
import dev.pith.document.Metadata;
import dev.pith.document.Removal;
import dev.pith.document.RemovalReason;
import dev.pith.document.Table;
import dev.pith.html.DomStats;
import dev.pith.html.HtmlParsing;
import dev.pith.html.PageHints;
import dev.pith.internal.Budget;
import dev.pith.internal.DateLines;
import dev.pith.internal.ExtractionProblem;
import dev.pith.internal.TextNormalizer;
import dev.pith.metadata.Discussions;
import dev.pith.metadata.MetadataExtractor;
import dev.pith.metadata.PageIndex;
import dev.pith.repair.RepairOptions;
import dev.pith.repair.RepairedText;
import dev.pith.repair.TextRepair;
import dev.pith.segment.BlockSegmenter;
import dev.pith.segment.SegmentedBlock;
import dev.pith.text.FlatText;
import dev.pith.text.FlatTextExtractor;
import dev.pith.text.SiteLines;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Extracts the article from a capture. The one front door of the library, and the only code that knows the order
 * of the stages:
 *
 * <ol>
 *   <li><b>payload</b>: size limit, gzip, binary sniffing (binary and empty inputs are rejected);
 *   <li><b>decode</b>: bytes to text, charset from BOM, HTTP header, meta, XML declaration, detection;
 *   <li><b>repair</b>: undo mojibake in the decoded text (before parsing, so that markup and text are repaired
 *       alike and every later stage sees the right characters); flattened text is then brought to Unicode's NFC
 *       (HTML blocks and metadata words are, as they are built);
 *   <li><b>parse</b>: jsoup DOM within depth and node limits;
 *   <li><b>metadata</b>: from the raw DOM, before cleaning removes the bylines and dates with the page chrome;
 *   <li><b>clean</b>: remove what is never content, each removal with its reason;
 *   <li><b>segment</b>: typed blocks in reading order;
 *   <li><b>boilerplate</b>: find the content region, judge every block;
 *   <li><b>document</b>: immutable records, no jsoup types.
 * </ol>
 *
 * Flattened text (WET records, text dumps) takes the text path instead of steps 4 to 8.
 *
 * <p>Immutable and thread-safe: one extractor serves any number of threads. Every call returns exactly one
 * {@link Extraction} and never throws for bad input.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.create(ExtractorOptions.defaults());
 * Extraction result = extractor.extract(Capture.fromFile(Path.of("page.html")));
 * if (result instanceof Extraction.Success ok) {
 *   System.out.println(ok.document().text());
 * }
 * }</pre>
 */
public final class Extractor {
  private final ExtractorOptions options;
  private final CharsetSniffer sniffer = CharsetSniffer.create();
  private final TextRepair repair;
  private final Cleaner cleaner;
  private final BlockSegmenter segmenter = BlockSegmenter.create();
  private final BlockClassifier classifier = BlockClassifier.create();
  private final MetadataExtractor metadata = MetadataExtractor.create();
  private final FlatTextExtractor flatText = FlatTextExtractor.create();

  private Extractor(ExtractorOptions options) {
    this.options = options;
    this.cleaner = Cleaner.create(options.includeComments());
    this.repair = TextRepair.create(RepairOptions.defaults().withMaxChars(options.limits().maxRepairChars()));
  }

  /** An extractor with these options. */
  public static Extractor create(ExtractorOptions options) {
    return new Extractor(Objects.requireNonNull(options, "options"));
  }

  /** An extractor with default options. */
  public static Extractor create() {
    return create(ExtractorOptions.defaults());
  }

  public ExtractorOptions options() {
    return options;
  }

  /** Extracts one capture; never throws for bad input (it becomes a rejection or failure). */
  public Extraction extract(Capture capture) {
    return extract(capture, SiteLines.none(), null);
  }

  /**
   * Extracts one capture of a batch, knowing the lines its site repeats across the batch (the caller builds them in
   * a first pass, see {@link SiteLines}); flattened text uses them as boilerplate evidence. Never throws for bad
   * input.
   */
  public Extraction extract(Capture capture, SiteLines sites) {
    Objects.requireNonNull(sites, "sites");
    return extract(capture, sites, null);
  }

  /**
   * Extracts one capture and renders the original page with every kept block and removal marked (see
   * {@link Inspection}). Slower than {@link #extract}: for inspection, not for batches.
   */
  public Inspection inspect(Capture capture) {
    PageMarks marks = new PageMarks();
    Extraction extraction = extract(capture, SiteLines.none(), marks);
    String page = "";
    if (extraction instanceof Extraction.Success ok) {
      page = marks.render(capture.url());
      if (page.isEmpty()) {
        page = PageMarks.renderText(marks.text(), ok.document());
      }
    }
    return new Inspection(extraction, page);
  }

  private Extraction extract(Capture capture, SiteLines sites, @Nullable PageMarks marks) {
    Objects.requireNonNull(capture, "capture");
    try {
      return new Extraction.Success(capture.source(), run(capture, sites, marks));
    } catch (ExtractionProblem problem) {
      return Extraction.problem(capture.source(), problem.kind(), problem.getMessage());
    } catch (StackOverflowError e) {
      return new Extraction.Failed(capture.source(), ErrorKind.TOO_DEEP,
          "the input is nested too deeply to process (stack overflow)");
    } catch (OutOfMemoryError e) {
      // the page's own memory is garbage once we return, so the batch can go on
      return new Extraction.Failed(capture.source(), ErrorKind.TOO_LARGE,
          "the input needs more memory than the heap has");
    } catch (RuntimeException | LinkageError | AssertionError e) {
      return new Extraction.Failed(capture.source(), ErrorKind.INTERNAL_ERROR,
          e.getClass().getSimpleName() + ": " + e.getMessage() + where(e));
    }
  }

  /** The top frame of a bug's stack, so that a bug report can point at the code. */
  private static String where(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    StackTraceElement[] trace = root.getStackTrace();
    return trace.length == 0 ? "" : " (at " + trace[0] + ")";
  }

  private ExtractedDocument run(Capture capture, SiteLines sites, @Nullable PageMarks marks) {
    Limits limits = options.limits();
    Budget budget = Budget.start(limits.timeBudget());
    byte[] payload = Payloads.unwrap(capture.body(), limits.maxBytes(), limits.maxDecompressedBytes());
    if (Payloads.isBlank(payload)) {
      throw new ExtractionProblem(ErrorKind.EMPTY, "the input has no text");
    }
    String media = capture.contentType() == null ? "" : Payloads.mediaType(capture.contentType());
    if (!media.isEmpty() && !isTextual(media)) {
      throw new ExtractionProblem(ErrorKind.UNSUPPORTED_TYPE, "content type " + media + " is not HTML or text");
    }
    String binary = Payloads.binaryKind(payload);
    if (binary != null) {
      throw new ExtractionProblem(ErrorKind.NOT_TEXT, "the input is " + binary + ", not text or HTML");
    }
    InputType type = capture.type();
    if (type == InputType.AUTO) {
      type = media.equals("text/plain") || !Payloads.looksLikeMarkup(payload) ? InputType.TEXT : InputType.HTML;
    }
    DecodedText decoded = sniffer.decode(payload, capture.contentType());
    budget.check("decoding");
    String text = decoded.text();
    List<Diagnostic> diagnostics = new ArrayList<>();
    RepairedText repaired = options.repairEncoding()
        ? repair(text, limits.maxRepairChars(), budget, diagnostics)
        : new RepairedText(text, List.of());
    budget.check("repair");
    Encoding encoding = new Encoding(decoded.charset().name().toLowerCase(Locale.ROOT),
        decoded.evidence().jsonName(), repaired.steps());
    if (type == InputType.TEXT) {
      // flattened text to Unicode's NFC, as the W3C asks of web text: the same words whether a page wrote é as one
      // code point or two (HTML blocks are normalized one by one as they are built, metadata words when their record
      // is made: cheaper than scanning whole pages of markup). After repair, which re-encodes characters through the
      // wrong codec: NFC changes some that codecs map (CP932's compatibility ideographs).
      String clean = TextNormalizer.nfc(repaired.text());
      if (marks != null) {
        marks.text(clean);
      }
      return fromText(clean, capture.url(), encoding, sites, budget, diagnostics);
    }
    return fromHtml(repaired.text(), capture.url(), encoding, budget, marks, diagnostics);
  }

  /**
   * Repairs the encoding of {@code text}, or of its first {@code maxChars} characters (cut at a line end) when it is
   * longer: a huge page is still extracted, only its tail keeps any mojibake, and a diagnostic says so. Repair may
   * use half of the time left; when that runs out the text goes on as decoded (with a diagnostic), because a page
   * with a tail of binary junk is still worth extracting.
   */
  private RepairedText repair(String text, int maxChars, Budget budget, List<Diagnostic> diagnostics) {
    Budget share = budget.share(REPAIR_SHARE);
    try {
      return repairWithin(text, maxChars, share, diagnostics);
    } catch (ExtractionProblem p) {
      if (p.kind() != ErrorKind.TIMEOUT) {
        throw p;
      }
      diagnostics.removeIf(d -> d.code().equals("repair_prefix_only"));
      diagnostics.add(Diagnostic.of("repair_timeout",
          "encoding repair ran out of its share of the time budget; the text is left as decoded"));
      return new RepairedText(text, List.of());
    }
  }

  /** The part of the time left that the encoding repair may use. */
  private static final double REPAIR_SHARE = 0.5;

  private RepairedText repairWithin(String text, int maxChars, Budget budget, List<Diagnostic> diagnostics) {
    if (text.length() <= maxChars) {
      return repair.repair(text, budget);
    }
    int cut = text.lastIndexOf('\n', maxChars - 1) + 1;
    if (cut < maxChars / 2) {
      cut = Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
    }
    RepairedText head = repair.repair(text.substring(0, cut), budget);
    diagnostics.add(Diagnostic.of("repair_prefix_only", "the text has " + text.length()
        + " characters, over the repair limit of " + maxChars + "; encoding repair looked at the first " + cut
        + " only"));
    // the steps' offsets lie in the head, which starts the text: they stay valid for the whole text
    return new RepairedText(head.text() + text.substring(cut), head.steps());
  }

  private ExtractedDocument fromHtml(String html, @Nullable String url, Encoding encoding, Budget budget,
      @Nullable PageMarks marks, List<Diagnostic> diagnostics) {
    Limits limits = options.limits();
    // the walk that checks the limits also indexes the page for the metadata and measures its text for cleaning
    // (neither the metadata nor the marks change the text), instead of a walk each
    PageHints hints = new PageHints();
    PageIndex.Collector indexing = PageIndex.collector(hints);
    DomStats.Measure measure = DomStats.measure();
    Document doc = HtmlParsing.parse(html, url == null ? "" : url, limits.maxDepth(), limits.maxNodes(),
        indexing, measure);
    budget.check("parsing");
    if (marks != null) {
      marks.start(doc);
    }
    PageIndex index = indexing.index();
    Metadata meta = metadata.extract(doc, index, url);
    budget.check("metadata");
    boolean keepComments = options.includeComments() || Discussions.isDiscussion(index, url);
    HtmlContent content = content(doc, hints, measure.stats(), meta, keepComments, budget, marks);
    if (!keepComments && content.keptChars() < MAX_THIN_CHARS
        && content.commentChars() > 4 * content.keptChars() + MIN_DISCUSSION_CHARS) {
      // Next to nothing is left, and much was removed as comments: the discussion is the page's content (a forum
      // engine we did not recognise). The cleaner changed the DOM, so parse again.
      doc = HtmlParsing.parse(html, url == null ? "" : url, limits.maxDepth(), limits.maxNodes());
      if (marks != null) {
        marks.start(doc);
      }
      content = content(doc, new PageHints(), DomStats.of(doc.body()), meta, true, budget, marks);
      diagnostics.add(Diagnostic.of("comments_as_content",
          "the page's main content is its discussion, so comments were kept"));
    }
    if (content.keptChars() < MIN_DOM_CHARS) {
      // Next to nothing in the markup: the page may carry its text only in its structured data.
      List<String> declared = metadata.declaredBody(doc);
      int declaredChars = declared.stream().mapToInt(String::length).sum();
      if (declaredChars > 2 * content.keptChars() + MIN_DOM_CHARS) {
        List<Block> blocks = new ArrayList<>();
        for (String p : declared) {
          blocks.add(new dev.pith.document.Paragraph(p));
        }
        content = new HtmlContent(blocks, content.removals(), declaredChars, content.commentChars(),
            content.dateLines());
        diagnostics.add(Diagnostic.of("content_from_structured_data",
            "the page's markup holds almost no text; the content was taken from its JSON-LD"));
      }
    }
    if (content.blocks().isEmpty()) {
      diagnostics.add(Diagnostic.of("no_content", "no main content was found on the page"));
    }
    if (encoding.evidence().equals(CharsetEvidence.DETECTED.jsonName())
        || encoding.evidence().equals(CharsetEvidence.DEFAULT.jsonName())) {
      diagnostics.add(Diagnostic.of("charset_" + encoding.evidence(),
          "the charset (" + encoding.charset() + ") was not declared reliably; it was "
              + (encoding.evidence().equals("default") ? "assumed" : "detected from the bytes")));
    }
    if (meta.published() == null) {
      meta = metadata.withDateFromLines(meta, content.dateLines());
    }
    return new ExtractedDocument(meta, content.blocks(), content.removals(), diagnostics, encoding);
  }

  /** Where a dateline ends: at a separator, an opening quote, or a dash; the whole head when none. */
  private static int firstSeparator(String head) {
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == '|' || c == '–' || c == '—' || c == '„' || c == '“' || c == '"' || c == '«' || c == '\n') {
        return i;
      }
    }
    return head.length() <= 30 ? head.length() : -1;
  }

  /** Kept text shorter than this (characters) makes the structured data worth a look. */
  private static final int MIN_DOM_CHARS = 100;

  /** How much of the first paragraph may hold a dateline. */
  private static final int DATELINE_CHARS = 60;

  /** Kept text shorter than this (non-whitespace characters) is thin enough to question the comment removal. */
  private static final int MAX_THIN_CHARS = 250;
  /** Removed comments must hold at least this much text to be taken for the page's content. */
  private static final int MIN_DISCUSSION_CHARS = 500;

  /** The content of a parsed page: kept blocks, removals, and the sizes the comment fallback looks at. */
  private record HtmlContent(
      List<Block> blocks, List<Removal> removals, int keptChars, int commentChars, List<String> dateLines) {}

  /** Cleans, segments and classifies {@code doc} (mutating it); {@code stats} measure it as it was parsed. */
  private HtmlContent content(Document doc, PageHints hints, DomStats stats, Metadata meta, boolean keepComments,
      Budget budget, @Nullable PageMarks marks) {
    Element body = doc.body();
    Cleaner pageCleaner = keepComments == options.includeComments() ? cleaner : Cleaner.create(keepComments);
    List<Removal> removals = new ArrayList<>(marks == null
        ? pageCleaner.clean(body, stats, hints, budget, (element, removal) -> { })
        : pageCleaner.clean(body, stats, hints, budget, marks::removed));
    int commentChars = 0;
    for (Removal r : removals) {
      if (r.reason() == RemovalReason.COMMENTS) {
        commentChars += r.chars();
      }
    }
    List<SegmentedBlock> segmented = segmenter.segment(body, hints, budget);
    BlockClassifier.Classified classified = classifier.classify(body, segmented, meta.titleText(),
        meta.authors().stream().map(dev.pith.document.Sourced::value).toList(), hints, budget);
    removals.addAll(classified.removals());
    if (marks != null) {
      for (int i = 0; i < classified.removed().size(); i++) {
        marks.removed(classified.removed().get(i).element(), classified.removals().get(i));
      }
      for (SegmentedBlock b : classified.kept()) {
        marks.kept(b.element(), b.block().type().jsonName());
      }
    }
    List<Block> blocks = new ArrayList<>(classified.kept().size());
    int keptChars = 0;
    for (SegmentedBlock b : classified.kept()) {
      if (b.block() instanceof Figure && !options.includeFigures()) {
        continue;
      }
      blocks.add(b.block());
      keptChars += b.visible();
    }
    List<String> dateLines = new ArrayList<>();
    for (Removal r : classified.removals()) {
      if (r.reason() == RemovalReason.METADATA) {
        dateLines.add(r.excerpt());
      }
    }
    for (int i = 0; i < Math.min(3, blocks.size()); i++) {
      // a dateline at the start of the text: "24. April 2020 | Nachrichten", "01.02.2022 „Der Arbeitsmarkt ..."
      String text = blocks.get(i).text();
      String head = text.substring(0, Math.min(text.length(), DATELINE_CHARS));
      int cut = firstSeparator(head);
      if (cut > 0 && DateLines.isDateLine(head.substring(0, cut))) {
        dateLines.add(head.substring(0, cut));
      }
    }
    return new HtmlContent(blocks, removals, keptChars, commentChars, dateLines);
  }

  /** The text path: flattened text (already repaired) to a document, through {@link FlatTextExtractor}. */
  private ExtractedDocument fromText(String text, @Nullable String url, Encoding encoding, SiteLines sites,
      Budget budget, List<Diagnostic> early) {
    FlatText flat = flatText.extract(text, url, sites, options.limits().maxNodes(), budget);
    budget.check("text extraction");
    List<Block> blocks = flat.blocks().stream()
        .filter(b -> options.includeFigures() || !(b instanceof Figure))
        .filter(b -> options.includeTables() || !(b instanceof Table))
        .toList();
    List<Diagnostic> diagnostics = new ArrayList<>(early);
    diagnostics.addAll(flat.diagnostics());
    if (encoding.evidence().equals(CharsetEvidence.DETECTED.jsonName())
        || encoding.evidence().equals(CharsetEvidence.DEFAULT.jsonName())) {
      diagnostics.add(Diagnostic.of("charset_" + encoding.evidence(),
          "the charset (" + encoding.charset() + ") was not declared reliably; it was "
              + (encoding.evidence().equals("default") ? "assumed" : "detected from the bytes")));
    }
    return new ExtractedDocument(flat.metadata(), blocks, flat.removals(), diagnostics, encoding);
  }

  private static boolean isTextual(String media) {
    return media.startsWith("text/") || media.contains("html") || media.contains("xml")
        || media.equals("application/octet-stream") || media.equals("unknown/unknown");
  }

  /** Extracts HTML given as a string (already decoded), for tests and quick use. */
  public Extraction extractHtml(String html, @Nullable String url) {
    Capture capture = new Capture(html.getBytes(StandardCharsets.UTF_8), url, "text/html; charset=utf-8", null,
        dev.pith.capture.SourceRef.of(url == null ? "-" : url), InputType.HTML);
    return extract(capture);
  }
}
