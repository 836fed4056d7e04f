package dev.scenecost.budget.usage.imports;

import dev.scenecost.budget.usage.ledger.CsvReader;
import dev.scenecost.budget.usage.ledger.CsvRecord;
import dev.scenecost.budget.usage.ledger.LedgerProblem;
import dev.scenecost.budget.usage.ledger.LedgerValues;
import dev.scenecost.budget.usage.ledger.Modality;
import dev.scenecost.budget.usage.ledger.UsageEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Turns a provider's usage export (CSV with a header row) into ledger rows through an import
 * mapping. Rows already in the ledger (same import id) are skipped; a row that cannot be read is
 * reported with its line in the export and the others are still imported.
 */
public final class UsageImporter {
  private final ImportMapping mapping;

  /**
   * The largest provider export Scenecost reads: a year of a busy studio's rows is a few megabytes;
   * anything this big is the wrong file, and reading it whole would exhaust memory.
   */
  public static final long MAX_EXPORT_BYTES = 64L * 1024 * 1024;

  /**
   * Reads a provider export: a readable regular file (not a folder, a device such as /dev/zero or a
   * pipe) of at most {@link #MAX_EXPORT_BYTES}, as UTF-8.
   *
   * @throws IOException with a message for the writer when it is none of these
   */
  public static String readExport(java.nio.file.Path export) throws java.io.IOException {
    if (!java.nio.file.Files.isRegularFile(export)) {
      throw new java.io.IOException(
          java.nio.file.Files.exists(export)
              ? "it is not a regular file (a folder or a device); choose the provider's CSV export"
              : "there is no such file; check the path");
    }
    if (!java.nio.file.Files.isReadable(export)) {
      throw new java.io.IOException("you may not read it; check who may read the file");
    }
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(export)) {
      // Read at most one byte past the limit, so a file that grows while it is read is caught.
      byte[] bytes = in.readNBytes((int) MAX_EXPORT_BYTES + 1);
      if (bytes.length > MAX_EXPORT_BYTES) {
        throw new java.io.IOException(
            "it is larger than "
                + MAX_EXPORT_BYTES / (1024 * 1024)
                + " MB, far more than a usage export; choose the provider's CSV export");
      }
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  public UsageImporter(ImportMapping mapping) {
    this.mapping = mapping;
  }

  /**
   * Reads {@code text}, the export's content; {@code export} names it in problems and notes.
   *
   * @param knownIds import ids already in the ledger
   */
  public ImportResult read(Path export, String text, Set<String> knownIds) {
    List<CsvRecord> records = CsvReader.readWithoutComments(text);
    List<LedgerProblem> problems = new ArrayList<>();
    if (records.isEmpty()) {
      problems.add(
          new LedgerProblem(
              export,
              0,
              LedgerProblem.CODE_MISSING_COLUMN,
              "The export is empty. Download the usage export again from the provider.",
              true));
      return new ImportResult(List.of(), 0, 0, problems);
    }
    CsvRecord header = records.get(0);
    Map<ImportField, Integer> columns = new HashMap<>();
    Map<ImportField, String> fixed = new HashMap<>();
    if (!resolveColumns(export, header, columns, fixed, problems)) {
      return new ImportResult(List.of(), 0, 0, problems);
    }
    List<UsageEntry> entries = new ArrayList<>();
    Map<List<String>, Integer> seen = new HashMap<>();
    Set<String> known = new HashSet<>(knownIds);
    int duplicates = 0;
    int otherProjects = 0;
    String source = export.getFileName().toString();
    for (CsvRecord record : records.subList(1, records.size())) {
      Row row = new Row(export, record, columns, fixed);
      Optional<String> scene = row.scene();
      if (scene.isEmpty()) {
        otherProjects++;
        continue;
      }
      Optional<UsageEntry> entry = row.entry(scene.get(), source);
      if (entry.isEmpty()) {
        problems.add(row.problem);
        continue;
      }
      List<String> identity =
          columns.containsKey(ImportField.ID)
              ? List.of(record.field(columns.get(ImportField.ID)))
              : record.fields();
      int occurrence = seen.merge(identity, 1, Integer::sum) - 1;
      String id = ImportIds.of(mapping.name(), identity, occurrence);
      if (!known.add(id)) {
        duplicates++;
        continue;
      }
      entries.add(entry.get().withImportId(id));
    }
    return new ImportResult(entries, duplicates, otherProjects, problems);
  }

  private boolean resolveColumns(
      Path export,
      CsvRecord header,
      Map<ImportField, Integer> columns,
      Map<ImportField, String> fixed,
      List<LedgerProblem> problems) {
    List<String> titles = header.fields().stream().map(String::trim).toList();
    boolean ok = true;
    for (Map.Entry<ImportField, FieldSource> mapped : mapping.fields().entrySet()) {
      ImportField field = mapped.getKey();
      FieldSource source = mapped.getValue();
      if (source.column() == null) {
        fixed.put(field, source.value());
        continue;
      }
      int index = indexOf(titles, source.column());
      if (index >= 0) {
        columns.put(field, index);
      } else {
        ok = false;
        problems.add(
            new LedgerProblem(
                export,
                header.line(),
                LedgerProblem.CODE_MISSING_COLUMN,
                "The export has no column \""
                    + source.column()
                    + "\" (the import mapping \""
                    + mapping.name()
                    + "\" takes \""
                    + field.key()
                    + "\" from it, "
                    + mapping.configFile()
                    + " line "
                    + source.line()
                    + "). Its columns are: "
                    + String.join(", ", titles)
                    + ". Change the mapping to one of them.",
                true));
      }
    }
    return ok;
  }

  /** Column titles compared ignoring case and surrounding spaces. */
  private static int indexOf(List<String> titles, String column) {
    for (int i = 0; i < titles.size(); i++) {
      if (titles.get(i).equalsIgnoreCase(column.trim())) {
        return i;
      }
    }
    return -1;
  }

  /** One data row of the export. */
  private final class Row {
    private final Path export;
    private final CsvRecord record;
    private final Map<ImportField, Integer> columns;
    private final Map<ImportField, String> fixed;
    LedgerProblem problem;

    Row(
        Path export,
        CsvRecord record,
        Map<ImportField, Integer> columns,
        Map<ImportField, String> fixed) {
      this.export = export;
      this.record = record;
      this.columns = columns;
      this.fixed = fixed;
    }

    String value(ImportField field) {
      Integer index = columns.get(field);
      if (index != null) {
        return record.field(index).trim();
      }
      return fixed.getOrDefault(field, "");
    }

    String column(ImportField field) {
      return mapping
          .source(field)
          .map(s -> s.column() != null ? s.column() : s.value())
          .orElse(field.key());
    }

    /** The scene, or empty when the scene pattern says the row is another project's. */
    Optional<String> scene() {
      String cell = value(ImportField.SCENE);
      if (mapping.scenePattern() == null) {
        return Optional.of(cell);
      }
      Matcher matcher = mapping.scenePattern().matcher(cell);
      if (!matcher.find()) {
        return Optional.empty();
      }
      return Optional.of(
          matcher.groupCount() > 0 && matcher.group(1) != null
              ? matcher.group(1)
              : matcher.group());
    }

    Optional<UsageEntry> entry(String scene, String source) {
      if (record.unclosedQuote()) {
        return fail(
            "A double quote opened on this line is never closed, so the row was "
                + "skipped. Download the export again, or close the quote.");
      }
      if (scene.isBlank()) {
        return fail(
            "The column \""
                + column(ImportField.SCENE)
                + "\" is empty, so Scenecost "
                + "cannot tell which scene this row is for. Fill it in or delete the row.");
      }
      Optional<LocalDate> date = date(value(ImportField.DATE));
      if (date.isEmpty()) {
        return fail(
            "The date \""
                + value(ImportField.DATE)
                + "\" in column \""
                + column(ImportField.DATE)
                + "\" could not be read. "
                + (mapping.dateFormat() == null
                    ? "If the export writes dates another way, add \"dateFormat\" to the mapping, "
                        + "such as \"M/d/yyyy\" for 11/18/2026."
                    : "The mapping expects dates like \"" + mapping.dateFormat() + "\"."));
      }
      String modalityText = value(ImportField.MODALITY);
      Optional<Modality> modality =
          modalityText.isEmpty() ? Optional.of(Modality.OTHER) : Modality.parse(modalityText);
      if (modality.isEmpty()) {
        return fail(
            "The modality \""
                + modalityText
                + "\" is not one Scenecost knows. Map "
                + "\"modality\" to a fixed value, such as { \"value\": \"video\" }, or to a column that "
                + "says "
                + Modality.choices()
                + ".");
      }
      String unitsText = value(ImportField.UNITS);
      Optional<Double> units = LedgerValues.parseAmount(unitsText);
      if (!unitsText.isEmpty() && units.isEmpty()) {
        return fail(
            "The units \""
                + unitsText
                + "\" in column \""
                + column(ImportField.UNITS)
                + "\" are not a number.");
      }
      Optional<Double> cost = cost(units);
      if (cost.isEmpty()) {
        return fail(
            "The cost \""
                + value(ImportField.COST)
                + "\" in column \""
                + column(ImportField.COST)
                + "\" is not a number.");
      }
      String note = value(ImportField.NOTE);
      return Optional.of(
          UsageEntry.of(
              date.get(),
              scene.trim(),
              modality.get(),
              value(ImportField.MODEL),
              units.orElse(null),
              value(ImportField.UNIT_KIND),
              cost.get() * mapping.exchangeRate(),
              note.isEmpty() ? "imported from " + source : note));
    }

    private Optional<Double> cost(Optional<Double> units) {
      if (mapping.source(ImportField.COST).isPresent()) {
        return LedgerValues.parseAmount(value(ImportField.COST));
      }
      return units.map(u -> u * mapping.costPerUnit());
    }

    private Optional<LocalDate> date(String text) {
      if (mapping.dateFormat() == null) {
        return LedgerValues.parseDate(text);
      }
      try {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(mapping.dateFormat(), Locale.ROOT);
        return Optional.of(LocalDate.from(format.parse(text.trim())));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }

    private Optional<UsageEntry> fail(String message) {
      problem =
          new LedgerProblem(export, record.line(), LedgerProblem.CODE_MALFORMED_ROW, message, true);
      return Optional.empty();
    }
  }
}
