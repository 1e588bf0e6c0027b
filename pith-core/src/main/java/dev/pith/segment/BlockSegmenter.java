package dev.pith.segment;

import dev.pith.document.Block;
import dev.pith.document.Code;
import dev.pith.document.Figure;
import dev.pith.document.Heading;
import dev.pith.document.ListBlock;
import dev.pith.document.Paragraph;
import dev.pith.document.Quote;
import dev.pith.document.Table;
import dev.pith.html.DomText;
import dev.pith.html.ElementHints;
import dev.pith.html.InlineText;
import dev.pith.html.PageHints;
import dev.pith.html.Tags;
import dev.pith.internal.Budget;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a cleaned DOM into typed blocks in reading order. Headings, lists, data tables, preformatted text and
 * figures become blocks whole; any other run of inline text between block boundaries becomes a paragraph (or a
 * quote inside {@code blockquote}); two {@code <br>} in a row end a paragraph, as they do on screen.
 *
 * <p>Layout tables (one column, nested tables, long prose in cells) and lists of long items are treated as
 * containers, so their text is segmented like any other. Iterative; immutable and thread-safe.
 */
public final class BlockSegmenter {
  // selectors parsed once: jsoup parses a query string on every call (Evaluators are thread-safe)
  private static final Evaluator ROWS = QueryParser.parse("tr");
  private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
  private static final Evaluator IMG = QueryParser.parse("img");
  private static final Evaluator NESTED_TABLES = QueryParser.parse("table table");
  private static final Evaluator DATA_TABLE_MARKS = QueryParser.parse("caption, th, thead, tfoot, colgroup, col");
  private static final Evaluator NON_PICTURE_PARTS = QueryParser.parse("blockquote, table, p, pre, ul, ol");
  private static final Evaluator PICTURES = QueryParser.parse("img, picture, video, svg");
  private static final Evaluator BLOCKQUOTE = QueryParser.parse("blockquote");
  /** A list whose items average more than this many characters is a list of articles or posts, not a list. */
  private static final int MAX_LIST_ITEM_CHARS = 400;
  /** A linked lead this long (non-whitespace characters) can be a teaser's title. */
  private static final int MIN_TEASER_TITLE = 12;
  /** Text after the linked lead this long makes a teaser's summary. */
  private static final int MIN_TEASER_SUMMARY = 30;
  /** A cell longer than this holds prose, so its table lays out a page rather than tabulating data. */
  private static final int MAX_DATA_CELL_CHARS = 400;

  private static final BlockSegmenter INSTANCE = new BlockSegmenter();

  private BlockSegmenter() {}

  public static BlockSegmenter create() {
    return INSTANCE;
  }

  /** The blocks under {@code root}, in reading order. */
  public List<SegmentedBlock> segment(Element root, Budget budget) {
    return segment(root, new PageHints(), budget);
  }

  /** The blocks under {@code root}, reading class and id words from {@code hints}, which the page's stages share. */
  public List<SegmentedBlock> segment(Element root, PageHints hints, Budget budget) {
    Walker walker = new Walker(root, hints, budget);
    NodeTraversor.filter(walker, root);
    walker.flush();
    return walker.blocks;
  }

  private static final class Walker implements NodeFilter {
    private final List<SegmentedBlock> blocks = new ArrayList<>();
    private final Deque<Element> containers = new ArrayDeque<>();
    private final InlineText.Builder buffer = new InlineText.Builder();
    private final Budget budget;
    private final PageHints hints;
    private @Nullable Element owner;
    private int linkDepth;
    private int quoteDepth;

    Walker(Element root, PageHints hints, Budget budget) {
      this.budget = budget;
      this.hints = hints;
      containers.push(root);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      budget.tick("segmentation");
      if (node instanceof TextNode text) {
        if (owner == null) {
          if (text.isBlank()) {
            return FilterResult.CONTINUE;
          }
          owner = containers.peek();
        }
        buffer.text(text.getWholeText(), linkDepth > 0);
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (tag.equals("br")) {
        if (buffer.endsWithNewline()) {
          flush();
        } else if (buffer.hasText()) {
          buffer.newline();
        }
        return FilterResult.CONTINUE;
      }
      if (tag.equals("a")) {
        linkDepth++;
        return FilterResult.CONTINUE;
      }
      if (depth == 0 || !Tags.isBlock(tag)) {
        return FilterResult.CONTINUE;
      }
      flush();
      if (Tags.isHeading(tag)) {
        InlineText t = linkedIfInsideLink(InlineText.of(e));
        if (t.visible() > 0) {
          add(new Heading(tag.charAt(1) - '0', oneLine(t.text())), e, t);
        }
        return FilterResult.SKIP_CHILDREN;
      }
      switch (tag) {
        case "ul", "ol" -> {
          if (isSimpleList(e)) {
            addList(e, tag.equals("ol"));
            return FilterResult.SKIP_CHILDREN;
          }
        }
        case "table" -> {
          if (isDataTable(e)) {
            addTable(e);
            return FilterResult.SKIP_CHILDREN;
          }
        }
        case "pre" -> {
          String code = e.wholeText().strip();
          if (!code.isEmpty()) {
            InlineText t = InlineText.of(e);
            add(new Code(code), e, t);
          }
          return FilterResult.SKIP_CHILDREN;
        }
        case "figure" -> {
          if (isPictureFigure(e)) {
            addFigure(e);
            return FilterResult.SKIP_CHILDREN;
          }
        }
        case "blockquote" -> quoteDepth++;
        default -> { }
      }
      containers.push(e);
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (tag.equals("a")) {
        linkDepth--;
        return FilterResult.CONTINUE;
      }
      if (depth == 0 || !Tags.isBlock(tag) || containers.peek() != e) {
        return FilterResult.CONTINUE;
      }
      flush();
      containers.pop();
      if (tag.equals("blockquote")) {
        quoteDepth--;
      }
      return FilterResult.CONTINUE;
    }

    void flush() {
      if (buffer.hasText() && owner != null) {
        InlineText t = buffer.result();
        Block block = quoteDepth > 0 ? new Quote(t.text()) : captionOrParagraph(owner, t.text());
        add(block, owner, t);
      }
      buffer.reset();
      owner = null;
    }

    /** Text inside an enclosing {@code <a>} (a teaser's {@code <a><h2>Title</h2></a>}) is all link text. */
    private InlineText linkedIfInsideLink(InlineText t) {
      return linkDepth > 0 ? new InlineText(t.text(), t.visible(), t.visible(), t.visible()) : t;
    }

    private void add(Block block, Element element, InlineText t) {
      blocks.add(new SegmentedBlock(block, element, t.visible(), t.linked(), blocks.size(), 0));
    }

    private void addList(Element list, boolean ordered) {
      List<String> items = new ArrayList<>();
      int visible = 0;
      int linked = 0;
      int linkLed = 0;
      for (Element li : list.children()) {
        if (!li.nameIs("li")) {
          continue;
        }
        InlineText t = InlineText.of(li);
        if (t.visible() > 0) {
          items.add(t.text());
          visible += t.visible();
          linked += t.linked();
          if (t.leadingLinked() >= MIN_TEASER_TITLE && t.visible() - t.linked() >= MIN_TEASER_SUMMARY) {
            linkLed++;
          }
        }
      }
      if (!items.isEmpty()) {
        blocks.add(new SegmentedBlock(new ListBlock(ordered, items), list, visible, linked, blocks.size(),
            linkLed));
      }
    }

    private void addTable(Element table) {
      List<List<String>> rows = new ArrayList<>();
      int visible = 0;
      int linked = 0;
      boolean header = false;
      for (Element tr : table.select(ROWS)) {
        List<String> row = new ArrayList<>();
        boolean allTh = true;
        for (Element cell : tr.children()) {
          if (!cell.nameIs("td") && !cell.nameIs("th")) {
            continue;
          }
          allTh &= cell.nameIs("th");
          InlineText t = InlineText.of(cell);
          row.add(t.text().replace('\n', ' '));
          visible += t.visible();
          linked += t.linked();
        }
        if (row.stream().anyMatch(c -> !c.isEmpty())) {
          if (rows.isEmpty() && allTh) {
            header = true;
          }
          rows.add(row);
        }
      }
      if (!rows.isEmpty()) {
        blocks.add(new SegmentedBlock(new Table(rows, header), table, visible, linked, blocks.size(), 0));
      }
    }

    private void addFigure(Element figure) {
      Element captionElement = figure.selectFirst(FIGCAPTION);
      String caption = null;
      String credit = null;
      int visible = 0;
      int linked = 0;
      if (captionElement != null) {
        Element creditElement = null;
        for (Element d : captionElement.getAllElements()) {
          if (d != captionElement && isCredit(hints.of(d))) {
            creditElement = d;
            break;
          }
        }
        if (creditElement != null) {
          InlineText c = InlineText.of(creditElement);
          credit = emptyToNull(oneLine(c.text()));
          creditElement.remove(); // the pipeline owns this DOM; the credit must not repeat in the caption
          visible += c.visible();
        }
        InlineText t = InlineText.of(captionElement);
        caption = emptyToNull(oneLine(t.text()));
        visible += t.visible();
        linked += t.linked();
      }
      Element img = figure.selectFirst(IMG);
      String src = img == null ? null : firstNonEmpty(img.attr("src"), img.attr("data-src"));
      if (caption != null || credit != null || src != null) {
        blocks.add(new SegmentedBlock(new Figure(caption, credit, src), figure, visible, linked,
            blocks.size(), 0));
      }
    }

    /** A paragraph, unless its owner says it is an image caption or credit. */
    private Block captionOrParagraph(Element owner, String text) {
      List<String> words = hints.of(owner).words();
      if (words.contains("caption") || words.contains("figcaption") || words.contains("legend")) {
        return new Figure(oneLine(text), null, null);
      }
      if (isCredit(hints.of(owner)) && text.length() < 200) {
        return new Figure(null, oneLine(text), null);
      }
      return new Paragraph(text);
    }
  }

  private static boolean isCredit(ElementHints hints) {
    List<String> words = hints.words();
    for (String w : words) {
      if (w.equals("credit") || w.equals("credits") || w.equals("copyright") || w.equals("photographer")
          || w.equals("attribution") || w.equals("source")) {
        return true;
      }
    }
    return false;
  }

  /** A list is a list when its items are short and hold no paragraphs or headings of their own. */
  static boolean isSimpleList(Element list) {
    int items = 0;
    int chars = 0;
    for (Element li : list.children()) {
      if (!li.nameIs("li")) {
        continue;
      }
      items++;
      for (Element d : li.getAllElements()) {
        String tag = d.normalName();
        if (Tags.isHeading(tag) || tag.equals("p") || tag.equals("table") || tag.equals("pre")
            || tag.equals("blockquote") || tag.equals("figure")) {
          if (d != li) {
            return false;
          }
        }
      }
      chars += DomText.wholeTextLength(li);
    }
    return items > 0 && chars / items <= MAX_LIST_ITEM_CHARS;
  }

  /**
   * A table of data rather than of layout, after Readability's test: ARIA and {@code datatable} markers, no nested
   * tables, no prose or structure in cells, and header cells or captions or at least two rows and two columns.
   */
  static boolean isDataTable(Element table) {
    String role = table.attr("role");
    if (role.equals("presentation") || role.equals("none") || table.attr("datatable").equals("0")) {
      return false;
    }
    if (!table.select(NESTED_TABLES).isEmpty()) {
      return false;
    }
    for (Element d : table.getAllElements()) {
      String tag = d.normalName();
      if (tag.equals("div") || tag.equals("p") || Tags.isHeading(tag) || tag.equals("ul")
          || tag.equals("ol") || tag.equals("blockquote")) {
        return false; // prose or structure inside cells: a layout table
      }
    }
    int rows = 0;
    int columns = 0;
    int longestCell = 0;
    for (Element tr : table.select(ROWS)) {
      rows++;
      int cells = 0;
      for (Element cell : tr.children()) {
        if (cell.nameIs("td") || cell.nameIs("th")) {
          cells++;
          longestCell = Math.max(longestCell, DomText.wholeTextLength(cell));
        }
      }
      columns = Math.max(columns, cells);
    }
    if (longestCell > MAX_DATA_CELL_CHARS) {
      return false; // a cell holding prose: the table lays out a page
    }
    if (table.selectFirst(DATA_TABLE_MARKS) != null) {
      return true;
    }
    return rows >= 2 && columns >= 2;
  }

  /** A figure holding a picture (with or without a caption), not a pull quote or a table in figure markup. */
  static boolean isPictureFigure(Element figure) {
    return figure.selectFirst(NON_PICTURE_PARTS) == null
        || figure.selectFirst(PICTURES) != null && figure.selectFirst(BLOCKQUOTE) == null;
  }

  static String oneLine(String text) {
    return text.replace('\n', ' ');
  }

  private static @Nullable String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static @Nullable String firstNonEmpty(String a, String b) {
    return !a.isEmpty() ? a : !b.isEmpty() ? b : null;
  }
}
