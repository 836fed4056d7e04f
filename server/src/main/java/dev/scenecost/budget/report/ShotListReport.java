package dev.scenecost.budget.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.config.Tier;
import dev.scenecost.budget.csv.CsvTable;
import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.Cost;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.Modality;
import dev.scenecost.budget.result.ShotEstimate;
import dev.scenecost.budget.result.ShotList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code scenecost shots}: the shot list as a table, JSON or CSV. */
public final class ShotListReport {
  private ShotListReport() {}

  /** The shot list of an estimate, each scene at its own tier. */
  public static ShotList of(FilmEstimate film, ProjectConfig config) {
    return ShotList.of(
        film,
        tier -> config.tier(tier).map(t -> t.video().model()).orElse(null),
        tier ->
            config
                .tier(tier)
                .map(Tier::production)
                .map(Tier.Production::keyframes)
                .map(Tier.Keyframes::model)
                .orElse(null));
  }

  /** {@code table}, {@code json} or {@code csv}; null for another name. */
  public static String render(ShotList list, String format) {
    return switch (format.trim().toLowerCase(Locale.ROOT)) {
      case "table" -> table(list);
      case "json" -> json(list);
      case "csv" -> csv(list);
      default -> null;
    };
  }

  private static String references(ShotEstimate shot) {
    List<String> parts = new ArrayList<>();
    for (ShotEstimate.ShotReference ref : shot.references()) {
      parts.add(ref.key() + (ref.isNew() ? " (new)" : " (reused)"));
    }
    return String.join(", ", parts);
  }

  private static String seconds(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String table(ShotList list) {
    String s = list.currencySymbol();
    StringBuilder out = new StringBuilder();
    if (list.title() != null) {
      out.append(list.title()).append(" — shot list\n\n");
    }
    for (ShotList.Row row : list.shots()) {
      ShotEstimate shot = row.shot();
      out.append(
          String.format(
              Locale.ROOT,
              "Scene %s, shot %d · %s · %s · %s s kept, %s s generated (R %s), %d %s ·"
                  + " %d keyframes · %s · %s tokens · %s%n",
              row.sceneLabel(),
              shot.number(),
              row.tier(),
              shot.type().label(),
              seconds(shot.finishedSeconds()),
              seconds(shot.generatedSeconds()),
              trim(shot.ratio()),
              shot.clips(),
              shot.clipSeconds() == 0
                  ? "clips billed by the second"
                  : "clips of " + trim(shot.clipSeconds()) + " s billed whole",
              shot.keyframes(),
              row.videoModel(),
              Amounts.tokens(shot.cost().tokens()),
              Amounts.money(shot.cost().amount(), s)));
      out.append("    References: ").append(references(shot)).append('\n');
      out.append("    Prompt: ").append(shot.prompt().text()).append("\n\n");
    }
    out.append("Shots:      ")
        .append(list.shots().size())
        .append(" (")
        .append(Amounts.money(list.shotsCost().amount(), s))
        .append(")\n");
    out.append("References: ")
        .append(Amounts.money(list.references().amount(), s))
        .append(" (character sheets, location plates, LoRAs; paid once)\n");
    out.append("Music:      ").append(Amounts.money(list.music().amount(), s)).append('\n');
    out.append("Sound:      ").append(Amounts.money(list.sound().amount(), s)).append('\n');
    out.append("Total:      ")
        .append(Amounts.money(list.total().amount(), s))
        .append(" before contingency\n");
    return out.toString();
  }

  static String json(ShotList list) {
    JsonObject root = new JsonObject();
    root.addProperty("schemaVersion", 1);
    root.addProperty("title", list.title());
    root.addProperty("currency", list.currency());
    JsonArray shots = new JsonArray();
    for (ShotList.Row row : list.shots()) {
      ShotEstimate shot = row.shot();
      JsonObject o = new JsonObject();
      JsonObject scene = new JsonObject();
      scene.addProperty("index", row.sceneIndex());
      scene.addProperty("label", row.sceneLabel());
      scene.addProperty("heading", row.heading());
      o.add("scene", scene);
      o.addProperty("number", shot.number());
      o.addProperty("chunkKind", row.kind().jsonName());
      o.addProperty("shotType", shot.type().jsonName());
      o.addProperty("finishedSeconds", round(shot.finishedSeconds(), 3));
      o.addProperty("ratio", round(shot.ratio(), 3));
      o.addProperty("generatedSeconds", round(shot.generatedSeconds(), 3));
      o.addProperty("clips", shot.clips());
      o.addProperty("clipSeconds", round(shot.clipSeconds(), 3));
      o.addProperty("billedSeconds", round(shot.billedSeconds(), 3));
      o.addProperty("nativeAudio", shot.nativeAudio());
      o.addProperty("keyframes", shot.keyframes());
      JsonArray refs = new JsonArray();
      for (ShotEstimate.ShotReference ref : shot.references()) {
        JsonObject r = new JsonObject();
        r.addProperty("key", ref.key());
        r.addProperty("new", ref.isNew());
        refs.add(r);
      }
      o.add("references", refs);
      o.addProperty("prompt", shot.prompt().text());
      o.addProperty("tier", row.tier());
      JsonObject models = new JsonObject();
      models.addProperty("video", row.videoModel());
      models.addProperty("keyframes", row.keyframeModel());
      o.add("models", models);
      o.addProperty("tokens", shot.cost().tokens());
      o.addProperty("cost", round(shot.cost().amount(), 6));
      JsonObject parts = new JsonObject();
      for (Modality part : Modality.values()) {
        Cost cost = shot.modalities().get(part);
        if (cost.tokens() != 0 || cost.amount() != 0) {
          parts.add(part.jsonName(), cost(cost));
        }
      }
      o.add("modalities", parts);
      shots.add(o);
    }
    root.add("shots", shots);
    JsonObject film = new JsonObject();
    film.add("shots", cost(list.shotsCost()));
    film.add("references", cost(list.references()));
    film.add("music", cost(list.music()));
    film.add("sound", cost(list.sound()));
    film.add("total", cost(list.total()));
    root.add("film", film);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
  }

  static String csv(ShotList list) {
    String c = list.currency().toLowerCase(Locale.ROOT);
    List<String> header =
        List.of(
            "scene_index",
            "scene_label",
            "shot",
            "chunk_kind",
            "shot_type",
            "finished_seconds",
            "ratio",
            "generated_seconds",
            "clips",
            "clip_seconds",
            "keyframes",
            "references",
            "prompt",
            "tier",
            "video_model",
            "keyframe_model",
            "tokens",
            "cost_" + c);
    List<List<String>> rows = new java.util.ArrayList<>();
    for (ShotList.Row row : list.shots()) {
      ShotEstimate shot = row.shot();
      rows.add(
          List.of(
              Integer.toString(row.sceneIndex() + 1),
              nonNull(row.sceneLabel()),
              Integer.toString(shot.number()),
              row.kind().jsonName(),
              shot.type().jsonName(),
              String.format(Locale.ROOT, "%.3f", shot.finishedSeconds()),
              trim(shot.ratio()),
              String.format(Locale.ROOT, "%.3f", shot.generatedSeconds()),
              Integer.toString(shot.clips()),
              trim(shot.clipSeconds()),
              Integer.toString(shot.keyframes()),
              nonNull(references(shot)),
              nonNull(shot.prompt().text()),
              nonNull(row.tier()),
              nonNull(row.videoModel()),
              nonNull(row.keyframeModel()),
              Long.toString(shot.cost().tokens()),
              String.format(Locale.ROOT, "%.4f", shot.cost().amount())));
    }
    return CsvTable.write(header, rows);
  }

  private static JsonObject cost(Cost cost) {
    JsonObject o = new JsonObject();
    o.addProperty("tokens", cost.tokens());
    o.addProperty("cost", round(cost.amount(), 6));
    return o;
  }

  private static double round(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static String trim(double value) {
    return BigDecimal.valueOf(value)
        .setScale(3, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
