package dev.scenecost.budget.usage.ledger;

import dev.scenecost.budget.config.SettingRanges;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a usage ledger. Never throws on content: a bad row is not counted but reported with its
 * line and the fix (it stays in the file, which Scenecost only ever appends to), and every row
 * after it loads as usual.
 */
public final class LedgerReader {
  /** How an import id is kept in the note of a ledger that has no {@code import id} column. */
  static final Pattern NOTE_IMPORT_ID = Pattern.compile("\\[import ([^\\]\\s]+)\\]");

  private LedgerReader() {}

  /** Loads the ledger at {@code file}; a missing file is an empty ledger, not a problem. */
  public static Ledger load(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new Ledger(file, false, LedgerHeader.standard(), List.of(), List.of());
    } catch (IOException e) {
      LedgerProblem problem =
          new LedgerProblem(
              file,
              0,
              LedgerProblem.CODE_UNREADABLE,
              "The usage ledger could not be read ("
                  + e.getMessage()
                  + "). Check that the file "
                  + "exists and that you may read it.",
              true);
      return new Ledger(file, true, LedgerHeader.standard(), List.of(), List.of(problem));
    }
    Ledger ledger = parse(file, decode(bytes));
    List<LedgerProblem> leftovers = leftovers(file);
    if (leftovers.isEmpty()) {
      return ledger;
    }
    List<LedgerProblem> problems = new ArrayList<>(leftovers);
    problems.addAll(ledger.problems());
    return new Ledger(
        file, true, ledger.header(), ledger.entries(), problems, ledger.unreadImportIds());
  }

  /** A temporary file this old is no write under way but one that was interrupted. */
  private static final long LEFTOVER_AFTER_MILLIS = 60_000;

  private static List<LedgerProblem> leftovers(Path file) {
    List<LedgerProblem> problems = new ArrayList<>();
    try {
      long now = System.currentTimeMillis();
      for (Path leftover : AtomicFiles.leftoverTemporaryFiles(file)) {
        if (now - Files.getLastModifiedTime(leftover).toMillis() > LEFTOVER_AFTER_MILLIS) {
          problems.add(
              new LedgerProblem(
                  file,
                  0,
                  LedgerProblem.CODE_LEFTOVER_TEMPORARY_FILE,
                  leftover.getFileName()
                      + " was left by a write that was interrupted. The ledger is complete"
                      + " without it; Scenecost removes it on its next write, or delete it.",
                  false));
        }
      }
    } catch (IOException | RuntimeException e) {
      // Listing the folder is a courtesy; the ledger was read.
    }
    return problems;
  }

  /** Reads ledger text; {@code file} only names the ledger in problems. */
  public static Ledger parse(Path file, String text) {
    List<CsvRecord> records = CsvReader.read(text);
    List<UsageEntry> entries = new ArrayList<>();
    List<LedgerProblem> problems = new ArrayList<>();
    LedgerHeader header = LedgerHeader.standard();
    int first = 0;
    if (!records.isEmpty()) {
      Optional<LedgerHeader> written = LedgerHeader.fromRecord(records.get(0));
      if (written.isPresent()) {
        header = written.get();
        first = 1;
        List<LedgerColumn> missing = header.missing(LedgerColumn.SCENE, LedgerColumn.COST);
        if (!missing.isEmpty()) {
          problems.add(missingColumns(file, records.get(0).line(), missing));
          return new Ledger(file, true, header, entries, problems);
        }
      }
    }
    RowReader rows = new RowReader(file, header);
    Set<String> unreadImportIds = new LinkedHashSet<>();
    for (CsvRecord record : records.subList(first, records.size())) {
      Optional<UsageEntry> entry = rows.read(record);
      if (entry.isPresent()) {
        entries.add(entry.get());
      } else {
        problems.add(rows.problem());
        // The row stays in the file; its import id still counts, so a re-import of the export
        // it came from does not add it a second time.
        for (String field : record.fields()) {
          Matcher id = NOTE_IMPORT_ID.matcher(field);
          while (id.find()) {
            unreadImportIds.add(id.group(1));
          }
        }
        String column = header.value(record, LedgerColumn.IMPORT_ID);
        if (!record.unclosedQuote() && !column.isBlank()) {
          unreadImportIds.add(column.trim());
        }
      }
      problems.addAll(rows.hints());
    }
    return new Ledger(file, true, header, entries, problems, unreadImportIds);
  }

  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }

  private static LedgerProblem missingColumns(Path file, int line, List<LedgerColumn> missing) {
    String names = String.join(" and ", missing.stream().map(LedgerColumn::title).toList());
    return new LedgerProblem(
        file,
        line,
        LedgerProblem.CODE_MISSING_COLUMN,
        "The header row has no "
            + names
            + " column, so no row can be counted. Add it to the "
            + "first line; the columns are: "
            + String.join(", ", LedgerHeader.standardTitles())
            + ".",
        true);
  }

  /** Turns one record into an entry, or remembers why it cannot. */
  private static final class RowReader {
    private final Path file;
    private final LedgerHeader header;
    private LedgerProblem problem;

    RowReader(Path file, LedgerHeader header) {
      this.file = file;
      this.header = header;
    }

    LedgerProblem problem() {
      return problem;
    }

    /** Notes on the last row read that did not stop it from counting (how a comma was read). */
    List<LedgerProblem> hints() {
      return hints;
    }

    private final List<LedgerProblem> hints = new ArrayList<>();

    Optional<UsageEntry> read(CsvRecord record) {
      hints.clear();
      if (record.unclosedQuote()) {
        return fail(
            record,
            LedgerProblem.CODE_UNCLOSED_QUOTE,
            "A double quote opened on this line is never closed, so the row was skipped. Close "
                + "the quote, or write a quote inside a quoted field as two quotes (\"\").");
      }
      if (hasExtraFields(record)) {
        return fail(
            record,
            LedgerProblem.CODE_MALFORMED_ROW,
            "This row has "
                + record.fields().size()
                + " fields but the header has "
                + header.width()
                + ", so it was skipped. A comma inside a note or a model name? "
                + "Put that value in double quotes.");
      }
      String dateText = header.value(record, LedgerColumn.DATE);
      Optional<LocalDate> date = LedgerValues.parseDate(dateText);
      if (date.isEmpty()) {
        return fail(
            record,
            LedgerProblem.CODE_MALFORMED_ROW,
            dateText.isEmpty()
                ? "The date is missing, so the row was skipped. Write it as year-month-day, e.g. "
                    + "2026-11-20."
                : "The date \""
                    + dateText
                    + "\" is not a date Scenecost can read, so the row was "
                    + "skipped. Write it as year-month-day, e.g. 2026-11-20.");
      }
      String scene = header.value(record, LedgerColumn.SCENE);
      if (scene.isEmpty()) {
        return fail(
            record,
            LedgerProblem.CODE_MALFORMED_ROW,
            "The scene is missing, so the row was skipped. Write the scene number (12, 4A) or, "
                + "for a scene without a number, its heading (INT. KITCHEN - NIGHT).");
      }
      String modalityText = header.value(record, LedgerColumn.MODALITY);
      Optional<Modality> modality =
          modalityText.isEmpty() ? Optional.of(Modality.OTHER) : Modality.parse(modalityText);
      if (modality.isEmpty()) {
        return fail(
            record,
            LedgerProblem.CODE_MALFORMED_ROW,
            "The modality \""
                + modalityText
                + "\" is not one Scenecost knows, so the row was "
                + "skipped. Write "
                + Modality.choices()
                + ".");
      }
      String unitsText = header.value(record, LedgerColumn.UNITS);
      Optional<LedgerValues.Amount> units = LedgerValues.readAmount(unitsText);
      if (!unitsText.isEmpty() && (units.isEmpty() || !Double.isFinite(units.get().value()))) {
        return fail(
            record,
            LedgerProblem.CODE_MALFORMED_ROW,
            "The units \""
                + shown(unitsText)
                + "\" are not a number, so the row was skipped. Write a "
                + "plain number such as 40 or 12.5, or leave the units empty.");
      }
      String costText = header.value(record, LedgerColumn.COST);
      Optional<LedgerValues.Amount> cost = LedgerValues.readAmount(costText);
      if (cost.isPresent() && !(Math.abs(cost.get().value()) <= SettingRanges.MAX_MONEY)) {
        return fail(
            record,
            LedgerProblem.CODE_MALFORMED_ROW,
            "The cost \""
                + shown(costText)
                + "\" is more than "
                + LedgerValues.formatNumber(SettingRanges.MAX_MONEY)
                + ", the most Scenecost counts, so the row was skipped. Check the amount.");
      }
      if (cost.isEmpty()) {
        return fail(
            record,
            LedgerProblem.CODE_MALFORMED_ROW,
            costText.isEmpty()
                ? "The cost is missing, so the row was skipped. Write what was spent as a plain "
                    + "number, e.g. 12.30."
                : "The cost \""
                    + shown(costText)
                    + "\" is not a number, so the row was skipped. Write what "
                    + "was spent as a plain number, e.g. 12.30.");
      }
      commaHint(record, "cost", costText, cost.get());
      units.ifPresent(amount -> commaHint(record, "units", unitsText, amount));
      String note = header.value(record, LedgerColumn.NOTE);
      String importId = header.value(record, LedgerColumn.IMPORT_ID);
      if (importId.isEmpty()) {
        Matcher inNote = NOTE_IMPORT_ID.matcher(note);
        importId = inNote.find() ? inNote.group(1) : null;
      }
      return Optional.of(
          new UsageEntry(
              date.get(),
              scene,
              modality.get(),
              header.value(record, LedgerColumn.MODEL),
              units.map(LedgerValues.Amount::value).orElse(null),
              header.value(record, LedgerColumn.UNIT_KIND),
              cost.get().value(),
              note,
              importId,
              record.line()));
    }

    /** A comma in an amount is never silently taken one way: the row counts, and says how. */
    private void commaHint(
        CsvRecord record, String column, String text, LedgerValues.Amount amount) {
      if (amount.comma() == LedgerValues.Comma.NONE) {
        return;
      }
      String read = LedgerValues.formatNumber(amount.value());
      hints.add(
          new LedgerProblem(
              file,
              record.line(),
              LedgerProblem.CODE_COMMA_IN_AMOUNT,
              "The "
                  + column
                  + " \""
                  + text.trim()
                  + "\" was read as "
                  + read
                  + (amount.comma() == LedgerValues.Comma.THOUSANDS
                      ? ": the comma, followed by three digits, as a thousands separator."
                      : ": the comma as a decimal point.")
                  + " Write "
                  + read
                  + " to say so plainly.",
              false));
    }

    private static String shown(String value) {
      return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }

    private boolean hasExtraFields(CsvRecord record) {
      List<String> fields = record.fields();
      for (int i = header.width(); i < fields.size(); i++) {
        if (!fields.get(i).isBlank()) {
          return true;
        }
      }
      return false;
    }

    private Optional<UsageEntry> fail(CsvRecord record, String code, String message) {
      problem = new LedgerProblem(file, record.line(), code, message, true);
      return Optional.empty();
    }
  }
}
