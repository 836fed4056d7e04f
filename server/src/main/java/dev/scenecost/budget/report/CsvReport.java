package dev.scenecost.budget.report;

import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import java.util.List;
import java.util.Locale;

/**
 * One row per scene (RFC 4180 quoting), amounts as plain numbers with two decimals and no currency
 * symbol so spreadsheets can sum them; the currency is named in the amount headers.
 */
final class CsvReport {
  private CsvReport() {}

  static String render(FilmEstimate film) {
    String c = film.currency().toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    out.append(
            String.join(
                ",",
                List.of(
                    "index",
                    "number",
                    "heading",
                    "pages_eighths",
                    "screen_seconds",
                    "tier",
                    "tokens",
                    "cost_" + c,
                    "allocation_" + c,
                    "status",
                    "over_by_" + c,
                    "video_" + c,
                    "images_" + c,
                    "voice_" + c,
                    "text_" + c,
                    "cache_savings_" + c,
                    "clips",
                    "importance",
                    // Schema 2's parts, after the columns older sheets read by position.
                    "keyframes_" + c,
                    "references_" + c,
                    "lipsync_" + c,
                    "fixes_" + c,
                    "upscale_" + c,
                    "music_" + c,
                    "sound_" + c)))
        .append("\r\n");
    for (SceneEstimate s : film.scenes()) {
      out.append(
              String.join(
                  ",",
                  List.of(
                      Integer.toString(s.index() + 1),
                      quote(s.number() == null ? "" : s.number()),
                      quote(s.heading()),
                      Integer.toString(s.pagesEighths()),
                      String.format(Locale.ROOT, "%.1f", s.screenSeconds()),
                      quote(s.tier()),
                      Long.toString(s.cost().tokens()),
                      amount(s.cost().amount()),
                      s.allocation() == null ? "" : amount(s.allocation()),
                      s.status().jsonName(),
                      amount(s.overBy()),
                      amount(s.modalities().video().amount()),
                      amount(s.modalities().images().amount()),
                      amount(s.modalities().voice().amount()),
                      amount(s.modalities().text().amount()),
                      amount(s.cacheSavings().amount()),
                      Integer.toString(s.clips()),
                      Integer.toString(s.importance()),
                      amount(s.modalities().keyframes().amount()),
                      amount(s.modalities().references().amount()),
                      amount(s.modalities().lipsync().amount()),
                      amount(s.modalities().fixes().amount()),
                      amount(s.modalities().upscale().amount()),
                      amount(s.modalities().music().amount()),
                      amount(s.modalities().sound().amount()))))
          .append("\r\n");
    }
    return out.toString();
  }

  private static String amount(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String quote(String value) {
    String single = value.replace("\r", " ").replace("\n", " ");
    boolean needs =
        single.contains(",")
            || single.contains("\"")
            || single.startsWith(" ")
            || single.endsWith(" ");
    // A leading = + - @ would run as a formula in a spreadsheet.
    if (!single.isEmpty() && "=+-@".indexOf(single.charAt(0)) >= 0) {
      single = "'" + single;
      needs = true;
    }
    return needs ? "\"" + single.replace("\"", "\"\"") + "\"" : single;
  }
}
