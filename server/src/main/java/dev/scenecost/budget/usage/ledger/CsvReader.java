package dev.scenecost.budget.usage.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * A lenient RFC 4180 reader: quoted fields with commas, line breaks and doubled quotes; CRLF, LF or
 * lone CR line ends; a UTF-8 byte-order mark; blank lines and lines starting with {@code #}
 * (comments) are skipped. A stray quote inside an unquoted field is kept as text. A quote that is
 * never closed spoils only its own line: the record is returned flagged and reading resumes on the
 * next line, so one slip does not swallow the rest of the file. So does a quote that is only
 * "closed" on a later line by a quote that is not followed by a comma or a line end (the opening
 * quote of a field further down): a field may span lines only when it closes like a field.
 *
 * <p>Kept by hand rather than moved to Commons CSV: a library parser reads the file as one stream
 * and an unbalanced quote takes every row up to the next quote with it, which is exactly what a
 * hand-edited ledger must survive; this reader resynchronises on the next line.
 */
public final class CsvReader {
  private final String text;
  private final boolean comments;
  private int pos;
  private int line = 1;

  private CsvReader(String text, boolean comments) {
    this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    this.comments = comments;
  }

  /** Reads a usage ledger, where a line starting with {@code #} is the writer's comment. */
  public static List<CsvRecord> read(String text) {
    return new CsvReader(text, true).readAll();
  }

  /** Reads someone else's CSV (a provider export), where {@code #} has no special meaning. */
  public static List<CsvRecord> readWithoutComments(String text) {
    return new CsvReader(text, false).readAll();
  }

  private List<CsvRecord> readAll() {
    List<CsvRecord> records = new ArrayList<>();
    while (pos < text.length()) {
      if (atLineEnd()) {
        skipLineEnd();
      } else if (comments && text.charAt(pos) == '#') {
        skipToNextLine();
      } else {
        CsvRecord record = readRecord();
        if (!isBlank(record)) {
          records.add(record);
        }
      }
    }
    return records;
  }

  private CsvRecord readRecord() {
    int startPos = pos;
    int startLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int quoteOpenedOnLine = 0;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (quoted) {
        if (c == '"') {
          if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
            field.append('"');
            pos += 2;
          } else {
            quoted = false;
            pos++;
            if (line > quoteOpenedOnLine && !atFieldEnd()) {
              // The quote "closed" on a later line by a quote that opens a field there, such as
              // "oops, ... then "a, b" rows below: the first quote was a slip. Taking the rows in
              // between as one field would silently swallow them.
              return resumeAfterUnclosedQuote(startPos, startLine);
            }
          }
        } else if (atLineEnd()) {
          field.append('\n');
          skipLineEnd();
        } else {
          field.append(c);
          pos++;
        }
      } else if (c == '"' && field.toString().isBlank()) {
        // Spaces before an opening quote are a common hand-editing slip; drop them.
        field.setLength(0);
        quoted = true;
        quoteOpenedOnLine = line;
        pos++;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        pos++;
      } else if (atLineEnd()) {
        skipLineEnd();
        fields.add(field.toString());
        return new CsvRecord(startLine, fields, false);
      } else {
        field.append(c);
        pos++;
      }
    }
    if (quoted) {
      return resumeAfterUnclosedQuote(startPos, startLine);
    }
    fields.add(field.toString());
    return new CsvRecord(startLine, fields, false);
  }

  /** Rewinds to the line after the one the broken record started on. */
  private CsvRecord resumeAfterUnclosedQuote(int startPos, int startLine) {
    pos = startPos;
    line = startLine;
    int lineStart = pos;
    while (pos < text.length() && !atLineEnd()) {
      pos++;
    }
    String rawLine = text.substring(lineStart, pos);
    if (pos < text.length()) {
      skipLineEnd();
    }
    return new CsvRecord(startLine, List.of(rawLine), true);
  }

  /** After a closing quote: a comma, a line end or the end of the text. */
  private boolean atFieldEnd() {
    return pos >= text.length() || text.charAt(pos) == ',' || atLineEnd();
  }

  private boolean atLineEnd() {
    char c = text.charAt(pos);
    return c == '\n' || c == '\r';
  }

  private void skipLineEnd() {
    if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
      pos++;
    }
    pos++;
    line++;
  }

  private void skipToNextLine() {
    while (pos < text.length() && !atLineEnd()) {
      pos++;
    }
    if (pos < text.length()) {
      skipLineEnd();
    }
  }

  private static boolean isBlank(CsvRecord record) {
    return !record.unclosedQuote() && record.fields().stream().allMatch(String::isBlank);
  }
}
