package dev.scenecost.budget.usage.ledger;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The second process of {@link LedgerWritesTest#twoJvmsAppendingAtOnceBothLand}: says "ready",
 * waits for a line on standard input, then appends {@code count} rows one by one, each noting
 * {@code tag} and its number.
 */
public final class LedgerAppender {
  private LedgerAppender() {}

  public static void main(String[] args) throws Exception {
    Path ledger = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    String tag = args[2];
    System.out.println("ready");
    System.out.flush();
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    appendRows(ledger, count, tag);
  }

  static void appendRows(Path ledger, int count, String tag) throws Exception {
    LedgerWriter writer = new LedgerWriter();
    for (int i = 0; i < count; i++) {
      writer.append(ledger, List.of(row(tag + " " + i)));
    }
  }

  static UsageEntry row(String note) {
    return new UsageEntry(
        LocalDate.of(2026, 11, 20), "1", Modality.VIDEO, "veo", 1.0, "seconds", 0.5, note, null, 0);
  }
}
