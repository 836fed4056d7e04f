package dev.scenecost.budget.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/configuration.md lists the range of every top-level number as SettingRanges checks it. */
class DocumentedRangesTest {
  private static String figure(double value) {
    if (value != Math.rint(value)) {
      return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
  }

  @Test
  void everyRangedKeyOfTheKeysTableShowsItsRange() throws Exception {
    List<String> doc = Files.readAllLines(Path.of("..", "docs", "configuration.md"));
    for (Map.Entry<String, SettingRanges.Range> entry : SettingRanges.all().entrySet()) {
      if (entry.getKey().contains("*")) {
        continue; // tiers, catalog and effects have their own tables
      }
      SettingRanges.Range range = entry.getValue();
      String expected =
          figure(range.min()) + " – " + figure(range.max()) + (range.whole() ? ", whole" : "");
      String row =
          doc.stream()
              .filter(line -> line.startsWith("| `" + entry.getKey() + "` |"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no row for " + entry.getKey()));
      assertTrue(row.contains("| " + expected + " |"), row + " should show " + expected);
    }
  }
}
