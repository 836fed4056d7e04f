package dev.scenecost.budget.usage.imports;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How one provider's usage export maps onto ledger columns; the {@code usage.imports.NAME} object
 * of scenecost.json (documented in docs/usage-tracking.md).
 *
 * @param name the mapping's name ({@code runway}); also the prefix of every import id
 * @param fields where each ledger value comes from
 * @param dateFormat a date pattern such as {@code M/d/yyyy}, or null for ISO dates
 * @param scenePattern picks the scene out of the scene column (its first group, or the whole
 *     match); rows it does not match belong to another project and are skipped. Null takes the
 *     whole cell
 * @param costPerUnit cost of one unit, for exports that give units (credits) but no cost; or null
 * @param exchangeRate the film's currency per unit of the export's currency (1 when the same)
 * @param configFile the scenecost.json it comes from, for messages
 * @param line where the mapping starts in that file
 */
public record ImportMapping(
    String name,
    Map<ImportField, FieldSource> fields,
    String dateFormat,
    Pattern scenePattern,
    Double costPerUnit,
    double exchangeRate,
    String configFile,
    int line) {

  public ImportMapping {
    EnumMap<ImportField, FieldSource> copy = new EnumMap<>(ImportField.class);
    copy.putAll(fields);
    fields = java.util.Collections.unmodifiableMap(copy);
  }

  public Optional<FieldSource> source(ImportField field) {
    return Optional.ofNullable(fields.get(field));
  }
}
