package dev.scenecost.budget.usage.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: the ledger's writes are safe to open in a spreadsheet, to link and to share. */
class LedgerWritesTest {
  @TempDir Path folder;

  private Path ledger() {
    return folder.resolve("pier.fountain.usage.csv");
  }

  @Test
  void formulaCellsFromAnExportAreWrittenAsTextAndReadBackAsTyped() throws Exception {
    UsageEntry fromExport =
        new UsageEntry(
            LocalDate.of(2026, 11, 20),
            "@12",
            Modality.VIDEO,
            "+cmd|' /C calc'!A0",
            null,
            "-credits",
            -2.5,
            "=HYPERLINK(\"http://evil\",\"click\")",
            "=1+1",
            0);
    UsageEntry plainNumbers =
        new UsageEntry(
            LocalDate.of(2026, 11, 20), "1", Modality.VIDEO, "veo", 3.0, "s", 1, "-5", "+7", 0);

    new LedgerWriter().append(ledger(), List.of(fromExport, plainNumbers));

    List<String> lines = Files.readAllLines(ledger());
    assertEquals(
        "2026-11-20,'@12,video,'+cmd|' /C calc'!A0,,'-credits,-2.5,"
            + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",'=1+1",
        lines.get(1));
    assertEquals("2026-11-20,1,video,veo,3,s,1,-5,+7", lines.get(2));
    List<UsageEntry> read = LedgerReader.load(ledger()).entries();
    assertEquals("@12", read.get(0).scene());
    assertEquals("=HYPERLINK(\"http://evil\",\"click\")", read.get(0).note());
    assertEquals("=1+1", read.get(0).importId());
    assertEquals(Set.of("=1+1", "+7"), LedgerReader.load(ledger()).importIds());
  }

  @Test
  void symlinkedLedgerStaysALinkAndItsTargetGetsTheRows() throws Exception {
    Path shared = Files.createDirectories(folder.resolve("shared"));
    Path target = shared.resolve("pier.usage.csv");
    new LedgerWriter().append(target, List.of(LedgerAppender.row("first")));
    Files.createSymbolicLink(ledger(), target);

    new LedgerWriter().append(ledger(), List.of(LedgerAppender.row("second")));

    assertTrue(Files.isSymbolicLink(ledger()));
    assertEquals(2, LedgerReader.load(target).entries().size());
    assertEquals(2, LedgerReader.load(ledger()).entries().size());
    assertTrue(Files.exists(Ledger.backupPathFor(target)));
  }

  @Test
  void leftoverTmpFilesAreReportedWhenOldAndRemovedOnTheNextWrite() throws Exception {
    new LedgerWriter().append(ledger(), List.of(LedgerAppender.row("first")));
    Path leftover = folder.resolve(".pier.fountain.usage.csv.0badf00d.tmp");
    Files.writeString(leftover, "date,scene,modality,model,units,unit kind,cost,note\r\n2026-1");
    Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minusSeconds(3600)));

    Ledger loaded = LedgerReader.load(ledger());
    assertEquals(1, loaded.entries().size());
    assertEquals(
        List.of(LedgerProblem.CODE_LEFTOVER_TEMPORARY_FILE),
        loaded.problems().stream().map(LedgerProblem::code).toList());
    assertFalse(loaded.problems().get(0).rowSkipped());

    new LedgerWriter().append(ledger(), List.of(LedgerAppender.row("second")));

    assertFalse(Files.exists(leftover));
    assertEquals(List.of(), LedgerReader.load(ledger()).problems());
  }

  @Test
  void twoJvmsAppendingAtOnceBothLand() throws Exception {
    int rows = 25;
    Process other =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LedgerAppender.class.getName(),
                ledger().toString(),
                Integer.toString(rows),
                "other")
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader fromOther =
          new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
      assertTimeoutPreemptively(
          Duration.ofSeconds(60), () -> assertEquals("ready", fromOther.readLine()));
      OutputStream toOther = other.getOutputStream();
      toOther.write("go\n".getBytes(StandardCharsets.UTF_8));
      toOther.flush();

      LedgerAppender.appendRows(ledger(), rows, "this");

      assertTrue(other.waitFor(60, TimeUnit.SECONDS), "the other JVM finished");
      String rest = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, other.exitValue(), rest);
    } finally {
      other.destroyForcibly();
    }

    Ledger ledger = LedgerReader.load(ledger());
    assertEquals(List.of(), ledger.problems());
    Set<String> notes = new HashSet<>();
    ledger.entries().forEach(entry -> notes.add(entry.note()));
    assertEquals(2 * rows, ledger.entries().size());
    for (int i = 0; i < rows; i++) {
      assertTrue(notes.contains("this " + i), "this " + i);
      assertTrue(notes.contains("other " + i), "other " + i);
    }
  }
}
