package dev.scenecost.lsp.services;

import dev.scenecost.budget.config.PriceEntry;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.config.Tier;
import java.util.Locale;
import java.util.Optional;

/** What a tier is, for a hover on {@code [[tier: x]]}. */
final class TierHoverContent {
  private TierHoverContent() {}

  static String markdown(ProjectConfig config, String tierName) {
    Optional<Tier> found = config.tier(tierName);
    if (found.isEmpty()) {
      return "**Unknown tier \""
          + Markdown.escape(tierName)
          + "\".** This project's tiers are "
          + String.join(", ", config.tiers().keySet())
          + " (from scenecost.json or the built-in defaults).";
    }
    Tier tier = found.get();
    StringBuilder md =
        new StringBuilder("**Tier ").append(Markdown.escape(tier.name())).append("**");
    if (tier.description() != null && !tier.description().isBlank()) {
      md.append(" — ").append(Markdown.escape(tier.description()));
    }
    md.append("\n\n| | Model | Price |\n|---|---|---|\n");
    Tier.VideoSpec video = tier.video();
    md.append("| Video | ")
        .append(video.model())
        .append(", ")
        .append(video.width())
        .append("×")
        .append(video.height())
        .append(" at ")
        .append(video.fps())
        .append(" fps, clips up to ")
        .append(trim(video.maxClipSeconds()))
        .append(" s | ")
        .append(price(config, video.model()))
        .append(" |\n");
    Tier.ImageSpec images = tier.images();
    md.append("| Reference images | ")
        .append(images.model())
        .append(", ")
        .append(images.perCharacter())
        .append(" per character sheet, ")
        .append(images.perLocation())
        .append(" per location plate | ")
        .append(price(config, images.model()))
        .append(" |\n");
    md.append("| Voice | ")
        .append(tier.voice().model())
        .append(", ")
        .append(SceneHoverContent.plural(tier.voice().takes(), "take"))
        .append(" per line | ")
        .append(price(config, tier.voice().model()))
        .append(" |\n");
    md.append("| Prompts | ")
        .append(tier.text().model())
        .append(" | ")
        .append(price(config, tier.text().model()))
        .append(" |\n");
    md.append("\nSeconds generated per finished second:");
    for (var entry : tier.production().ratios().entrySet()) {
      md.append(entry.getKey() == dev.scenecost.budget.result.ShotType.ESTABLISHING ? " " : ", ")
          .append(entry.getKey().jsonName())
          .append(" ")
          .append(trim(entry.getValue().low()))
          .append("–")
          .append(trim(entry.getValue().high()));
    }
    md.append(".");
    if (tier.name().equalsIgnoreCase(config.defaultTier())) {
      md.append("\n\nScenes without a tier note use this tier.");
    }
    return md.toString();
  }

  /** One line for the scene hover: {@code video veo-3.1 (1920×1080, 24 fps), images ...}. */
  static String models(Tier tier) {
    return "video "
        + tier.video().model()
        + " ("
        + tier.video().width()
        + "×"
        + tier.video().height()
        + ", "
        + tier.video().fps()
        + " fps), images "
        + tier.images().model()
        + ", voice "
        + tier.voice().model()
        + ", prompts "
        + tier.text().model();
  }

  /** The catalog price in US dollars, as published, with its source date. */
  private static String price(ProjectConfig config, String model) {
    Optional<PriceEntry> entry = config.price(model);
    if (entry.isEmpty()) {
      return "not in the catalog";
    }
    PriceEntry p = entry.get();
    String amount;
    if (p.outputCostPerSecond() != null) {
      amount = usd(p.outputCostPerSecond()) + " per second";
    } else if (p.outputCostPerImage() != null) {
      amount = usd(p.outputCostPerImage()) + " per image";
    } else if (p.inputCostPerCharacter() != null) {
      amount = usd(p.inputCostPerCharacter() * 1000) + " per 1,000 characters";
    } else if (p.inputCostPerToken() != null || p.outputCostPerToken() != null) {
      amount =
          usd(PriceEntry.orZero(p.inputCostPerToken()) * 1e6)
              + " in / "
              + usd(PriceEntry.orZero(p.outputCostPerToken()) * 1e6)
              + " out per 1M tokens";
    } else {
      amount = "no price";
    }
    return amount + (p.date() == null ? "" : " (" + p.date() + ")");
  }

  private static String usd(double amount) {
    return amount >= 0.01 || amount == 0
        ? String.format(Locale.ROOT, "US$%,.2f", amount)
        : String.format(Locale.ROOT, "US$%.4f", amount);
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
