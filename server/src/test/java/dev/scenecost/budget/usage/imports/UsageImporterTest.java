package dev.scenecost.budget.usage.imports;

import static dev.scenecost.budget.usage.imports.ImportMappingsTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.usage.ledger.LedgerProblem;
import dev.scenecost.budget.usage.ledger.Modality;
import dev.scenecost.budget.usage.ledger.UsageEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UsageImporterTest {
  private final ImportMappings mappings = ImportMappings.load(resource("scenecost.json"));

  private ImportResult importRunway(Path export, Set<String> known) throws IOException {
    return new UsageImporter(mappings.get("runway").orElseThrow())
        .read(export, Files.readString(export), known);
  }

  @Test
  void importsEveryReadableRowOfTheExport() throws IOException {
    Path export = resource("runway-export.csv");
    ImportResult result = importRunway(export, Set.of());

    // Line 2 and 3 (the same generation run twice), 4-5 (a prompt over two lines) and 8.
    List<UsageEntry> rows = result.entries();
    assertEquals(List.of("1", "1", "4A", "99"), rows.stream().map(UsageEntry::scene).toList());
    UsageEntry first = rows.get(0);
    assertEquals(LocalDate.of(2026, 11, 18), first.date());
    assertEquals(Modality.VIDEO, first.modality());
    assertEquals("gen4_turbo", first.model());
    assertEquals(50.0, first.units());
    assertEquals("credits", first.unitKind());
    assertEquals("Waves at night", first.note());
    assertEquals("Dust, light\nthrough the roof", rows.get(2).note());
    // 0.50 + 0.50 + 1.00 + 1.20 = 3.20
    assertEquals(3.20, result.cost(), 1e-9);
    assertNotEquals(rows.get(0).importId(), rows.get(1).importId());
    assertTrue(rows.stream().allMatch(r -> r.importId().startsWith("runway:")));

    // "promo teaser" does not match ^sc(\w+): another project's row.
    assertEquals(1, result.otherProjects());
    assertEquals(List.of(7), result.problems().stream().map(LedgerProblem::line).toList());
    assertTrue(result.problems().get(0).message().contains("\"19-11-2026\""));
    assertTrue(result.problems().get(0).message().contains("M/d/yyyy"));
  }

  @Test
  void reimportingTheSameExportUnderAnotherNameAddsNothing(
      @org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
    ImportResult first = importRunway(resource("runway-export.csv"), Set.of());
    Set<String> known =
        first.entries().stream().map(UsageEntry::importId).collect(Collectors.toSet());
    Path renamed = Files.copy(resource("runway-export.csv"), folder.resolve("runway (1).csv"));

    ImportResult again = importRunway(renamed, known);

    assertTrue(again.entries().isEmpty());
    assertEquals(4, again.alreadyImported());
  }

  @Test
  void aLaterExportThatOverlapsAddsOnlyTheNewRows(@org.junit.jupiter.api.io.TempDir Path folder)
      throws IOException {
    Path november = folder.resolve("nov.csv");
    Files.writeString(
        november,
        "Date,Task name,Model,Credits,Cost (USD),Prompt\n"
            + "11/18/2026,sc1 pier wide,gen4_turbo,50,0.50,Waves at night\n");
    Set<String> known =
        importRunway(november, Set.of()).entries().stream()
            .map(UsageEntry::importId)
            .collect(Collectors.toSet());

    ImportResult full = importRunway(resource("runway-export.csv"), known);

    // The first "sc1 pier wide" row is already in; its twin on line 3 is a second generation.
    assertEquals(1, full.alreadyImported());
    assertEquals(List.of("1", "4A", "99"), full.entries().stream().map(UsageEntry::scene).toList());
  }

  @Test
  void anIdColumnDecidesWhatCountsAsTheSameRow() {
    ImportMapping mapping =
        ImportMappings.fromText(
                "{\"usage\":{\"imports\":{\"kling\":{"
                    + "\"date\":\"Day\",\"scene\":\"Scene\",\"cost\":\"Cost\",\"id\":\"Request\","
                    + "\"modality\":\"video\"}}}}",
                "scenecost.json")
            .get("kling")
            .orElseThrow();
    String export =
        "Request,Day,Scene,Cost\n" + "r-1,2026-11-18,1,0.28\n" + "r-2,2026-11-18,1,0.28\n";
    ImportResult first = new UsageImporter(mapping).read(Path.of("kling.csv"), export, Set.of());
    // Same day, scene and cost, but two requests: two rows.
    assertEquals(2, first.entries().size());

    // A later export where request r-2 was re-priced is still the same row.
    String later = "Request,Day,Scene,Cost\nr-2,2026-11-18,1,0.30\nr-3,2026-11-19,1,0.28\n";
    Set<String> known =
        first.entries().stream().map(UsageEntry::importId).collect(Collectors.toSet());
    ImportResult second = new UsageImporter(mapping).read(Path.of("kling.csv"), later, known);
    assertEquals(1, second.alreadyImported());
    assertEquals(1, second.entries().size());
    assertEquals(LocalDate.of(2026, 11, 19), second.entries().get(0).date());
  }

  @Test
  void fixedValuesAndCostPerUnit(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
    Path export = resource("elevenlabs-export.csv");
    ImportResult result =
        new UsageImporter(mappings.get("elevenlabs").orElseThrow())
            .read(export, Files.readString(export), Set.of());

    UsageEntry row = result.entries().get(0);
    assertEquals(Modality.VOICE, row.modality());
    assertEquals("characters", row.unitKind());
    // 1500 characters x 0.00018 = 0.27
    assertEquals(0.27, row.cost(), 1e-9);
    assertEquals("imported from elevenlabs-export.csv", row.note());
  }

  @Test
  void aColumnTheExportLacksIsNamedWithTheColumnsItHas() {
    ImportResult result =
        new UsageImporter(mappings.get("runway").orElseThrow())
            .read(Path.of("kling.csv"), "Date,Task,Amount\n11/18/2026,sc1,0.5\n", Set.of());

    assertTrue(result.entries().isEmpty());
    LedgerProblem problem = result.problems().get(0);
    assertEquals(1, problem.line());
    assertTrue(problem.message().contains("no column \"Task name\""), problem.message());
    assertTrue(problem.message().contains("Its columns are: Date, Task, Amount."));
  }
}
