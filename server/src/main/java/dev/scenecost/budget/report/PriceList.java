package dev.scenecost.budget.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.scenecost.budget.config.PriceEntry;
import dev.scenecost.budget.config.ProjectConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code scenecost prices}: the effective catalog of a project, as a table or JSON. */
public final class PriceList {
  private PriceList() {}

  /** {@code table} or {@code json}; null for another name. */
  public static String render(ProjectConfig config, LocalDate today, String format) {
    return switch (format.trim().toLowerCase(Locale.ROOT)) {
      case "table" -> table(config, today);
      case "json" -> json(config, today);
      default -> null;
    };
  }

  /** What the entry prices, as a line producer says it. */
  static String what(PriceEntry entry) {
    String mode = entry.mode() == null ? "" : entry.mode();
    return switch (mode) {
      case "video" -> "video";
      case "image" -> "images";
      case "audio" -> "audio";
      case "text" -> "prompts";
      case "training" -> "LoRA training";
      default -> "unspecified";
    };
  }

  static String status(PriceEntry entry, LocalDate today) {
    if (entry.deprecationDate() == null) {
      return "current";
    }
    String successor = entry.successor() == null ? "" : " (use " + entry.successor() + ")";
    return entry.retiredOn(today)
        ? "retired " + entry.deprecationDate() + successor
        : "retires " + entry.deprecationDate() + successor;
  }

  static String table(ProjectConfig config, LocalDate today) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Model", "Prices", "Price", "Date", "Status", "From", "Source"));
    for (PriceEntry entry : config.catalog().values()) {
      rows.add(
          List.of(
              entry.name(),
              what(entry),
              entry.describePrice(),
              entry.date() == null ? "-" : entry.date(),
              status(entry, today),
              entry.origin(),
              entry.source() == null ? "-" : entry.source()));
    }
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size() - 1; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        line.append(c == row.size() - 1 ? cell : cell + " ".repeat(widths[c] - cell.length() + 2));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    out.append('\n')
        .append(config.catalog().size())
        .append(" models. Prices are in US dollars, list prices unless a source says otherwise")
        .append(
            config.platformMarkup() == 1
                ? "."
                : "; the project multiplies them by " + config.platformMarkup() + ".")
        .append('\n');
    return out.toString();
  }

  static String json(ProjectConfig config, LocalDate today) {
    JsonObject root = new JsonObject();
    root.addProperty("schemaVersion", 1);
    root.addProperty("today", today.toString());
    root.addProperty("platformMarkup", config.platformMarkup());
    JsonArray models = new JsonArray();
    for (PriceEntry entry : config.catalog().values()) {
      JsonObject o = new JsonObject();
      o.addProperty("key", entry.name());
      o.addProperty("prices", what(entry));
      o.addProperty("price", entry.describePrice());
      o.addProperty("source", entry.source());
      o.addProperty("date", entry.date());
      o.addProperty(
          "deprecationDate",
          entry.deprecationDate() == null ? null : entry.deprecationDate().toString());
      o.addProperty("successor", entry.successor());
      o.addProperty("retired", entry.retiredOn(today));
      o.addProperty("from", entry.origin());
      models.add(o);
    }
    root.add("models", models);
    return new GsonBuilder()
            .setPrettyPrinting()
            .serializeNulls()
            .disableHtmlEscaping()
            .create()
            .toJson(root)
        + "\n";
  }
}
