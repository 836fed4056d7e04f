package dev.scenecost.budget.usage.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerWriterTest {
  @TempDir Path folder;

  private static final UsageEntry VIDEO =
      UsageEntry.of(
          LocalDate.of(2026, 11, 18),
          "12",
          Modality.VIDEO,
          "veo-3.1-fast",
          40.0,
          "seconds",
          6.0,
          "first pass");
  private static final UsageEntry VOICE =
      UsageEntry.of(
          LocalDate.of(2026, 11, 19),
          "INT. KITCHEN - NIGHT",
          Modality.VOICE,
          "eleven-v3",
          1500.0,
          "characters",
          0.27,
          "Mara, take 2");

  private Path ledger() {
    return Ledger.pathFor(folder.resolve("pier.fountain"));
  }

  @Test
  void aNewLedgerGetsTheHeaderAndCrlfLineEnds() throws IOException {
    List<UsageEntry> placed = new LedgerWriter().append(ledger(), List.of(VIDEO, VOICE));

    assertEquals(
        "date,scene,modality,model,units,unit kind,cost,note,import id\r\n"
            + "2026-11-18,12,video,veo-3.1-fast,40,seconds,6,first pass,\r\n"
            + "2026-11-19,INT. KITCHEN - NIGHT,voice,eleven-v3,1500,characters,0.27,"
            + "\"Mara, take 2\",\r\n",
        Files.readString(ledger()));
    assertEquals(List.of(2, 3), placed.stream().map(UsageEntry::line).toList());
    assertFalse(Files.exists(Ledger.backupPathFor(ledger())), "nothing to back up yet");
    assertEquals(
        List.of(VIDEO.withLine(2), VOICE.withLine(3)), LedgerReader.load(ledger()).entries());
  }

  @Test
  void anAppendKeepsEverythingTheWriterWroteByteForByte() throws IOException {
    // LF line ends, a comment, a column Scenecost does not know, and no final line break.
    String handWritten =
        "Date,Scene,Cost,Reviewer,Note\n"
            + "# budget meeting on Monday\n"
            + "2026-11-17,12,\"1,000\",Ana,  spaced  note";
    Files.writeString(ledger(), handWritten);

    List<UsageEntry> placed = new LedgerWriter().append(ledger(), List.of(VIDEO));

    // The header has no modality, model or units: they go into the note rather than be lost.
    assertEquals(
        handWritten + "\n2026-11-18,12,6,,\"first pass (video, veo-3.1-fast, 40 seconds)\"\n",
        Files.readString(ledger()));
    assertEquals(4, placed.get(0).line());
    assertEquals(handWritten, Files.readString(Ledger.backupPathFor(ledger())));
  }

  @Test
  void anImportIdGoesInTheNoteWhenTheLedgerHasNoColumnForIt() throws IOException {
    Files.writeString(ledger(), "date,scene,cost,note\n");

    new LedgerWriter().append(ledger(), List.of(VIDEO.withImportId("runway:3f9a2c")));

    assertEquals(
        "date,scene,cost,note\n"
            + "2026-11-18,12,6,\"first pass (video, veo-3.1-fast, 40 seconds) [import runway:3f9a2c]\"\n",
        Files.readString(ledger()));
    assertEquals(java.util.Set.of("runway:3f9a2c"), LedgerReader.load(ledger()).importIds());
  }

  @Test
  void aLedgerWhoseHeaderLacksTheCostGetsNothingAppended() throws IOException {
    Files.writeString(ledger(), "date,scene,model\n");

    IOException refused =
        assertThrows(IOException.class, () -> new LedgerWriter().append(ledger(), List.of(VIDEO)));

    assertTrue(refused.getMessage().contains("no cost column"), refused.getMessage());
    assertEquals("date,scene,model\n", Files.readString(ledger()));
  }

  @Test
  void aWriteInterruptedHalfWayLeavesTheLedgerAndItsBackupAsTheyWere() throws IOException {
    new LedgerWriter().append(ledger(), List.of(VIDEO));
    byte[] first = Files.readAllBytes(ledger());
    new LedgerWriter().append(ledger(), List.of(VOICE));
    byte[] second = Files.readAllBytes(ledger());
    assertArrayEquals(first, Files.readAllBytes(Ledger.backupPathFor(ledger())));

    // The disk fills up after 30 bytes of the new ledger.
    LedgerWriter failing = new LedgerWriter(out -> new FailAfter(out, 30));
    IOException failure =
        assertThrows(IOException.class, () -> failing.append(ledger(), List.of(VIDEO)));

    assertEquals("disk full", failure.getMessage());
    assertArrayEquals(second, Files.readAllBytes(ledger()));
    assertArrayEquals(first, Files.readAllBytes(Ledger.backupPathFor(ledger())));
    // No temporary file is left; the (empty) lock file of the cross-process lock stays.
    assertEquals(
        List.of(
            ".pier.fountain.usage.csv.lock",
            "pier.fountain.usage.csv",
            "pier.fountain.usage.csv.bak"),
        files());
    assertEquals(2, LedgerReader.load(ledger()).entries().size());
  }

  @Test
  void aTemporaryFileLeftByACrashChangesNothing() throws IOException {
    new LedgerWriter().append(ledger(), List.of(VIDEO));
    byte[] before = Files.readAllBytes(ledger());
    // A crash between writing the temporary file and the rename leaves a half-written copy.
    Path leftover = folder.resolve(".pier.fountain.usage.csv.0badf00d.tmp");
    Files.write(
        leftover,
        "date,scene,modality,model,units,unit kind,cost,note,import id\r\n2026-1"
            .getBytes(StandardCharsets.UTF_8));

    assertArrayEquals(before, Files.readAllBytes(ledger()));
    assertEquals(1, LedgerReader.load(ledger()).entries().size());

    new LedgerWriter().append(ledger(), List.of(VOICE));
    assertEquals(2, LedgerReader.load(ledger()).entries().size());
    assertArrayEquals(before, Files.readAllBytes(Ledger.backupPathFor(ledger())));
  }

  @Test
  void aSaveFromAnotherProgramDuringTheAppendIsNotLost() throws IOException {
    new LedgerWriter().append(ledger(), List.of(VIDEO));
    AtomicInteger attempts = new AtomicInteger();
    String editorSave =
        Files.readString(ledger()) + "2026-11-18,12,images,flux,4,images,0.16,typed by hand\r\n";
    LedgerWriter racing =
        new LedgerWriter(
            out -> {
              if (attempts.getAndIncrement() == 0) {
                // The writer saves the ledger in a spreadsheet while Scenecost is writing.
                try {
                  Files.writeString(ledger(), editorSave);
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              }
              return out;
            });

    racing.append(ledger(), List.of(VOICE));

    assertEquals(2, attempts.get(), "the first attempt saw the ledger change and started over");
    List<UsageEntry> rows = LedgerReader.load(ledger()).entries();
    // VIDEO, the hand-typed row (0.16), then VOICE: 6 + 0.16 + 0.27 = 6.43.
    assertEquals(3, rows.size());
    assertEquals("typed by hand", rows.get(1).note());
    assertEquals(6.43, rows.stream().mapToDouble(UsageEntry::cost).sum(), 1e-9);
    assertEquals(editorSave, Files.readString(Ledger.backupPathFor(ledger())));
  }

  @Test
  void atomicReplaceOfAFileThatFailsLeavesNoTemporaryFile() throws IOException {
    Path target = folder.resolve("notes.txt");
    Files.writeString(target, "old");

    assertThrows(
        IOException.class,
        () ->
            AtomicFiles.replace(
                target,
                out -> {
                  out.write("new conte".getBytes(StandardCharsets.UTF_8));
                  throw new IOException("interrupted");
                }));

    assertEquals("old", Files.readString(target));
    assertEquals(List.of("notes.txt"), files());
  }

  private List<String> files() throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString())
          .filter(name -> !name.endsWith(".tmp") || !name.contains("0badf00d"))
          .sorted()
          .toList();
    }
  }

  /** A stream that accepts {@code limit} bytes and then fails, like a full disk. */
  private static final class FailAfter extends FilterOutputStream {
    private int left;

    FailAfter(OutputStream out, int limit) {
      super(out);
      this.left = limit;
    }

    @Override
    public void write(int b) throws IOException {
      if (left-- <= 0) {
        throw new IOException("disk full");
      }
      super.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (int i = 0; i < len; i++) {
        write(b[off + i]);
      }
    }
  }
}
