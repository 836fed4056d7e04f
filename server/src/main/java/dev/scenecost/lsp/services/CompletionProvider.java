package dev.scenecost.lsp.services;

import dev.scenecost.budget.estimate.SceneNotes;
import dev.scenecost.lsp.document.LineIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Suggests what a writer types at the start of an element: scene heading prefixes, the locations
 * already used after them, character names for cues, transitions, and tier names inside {@code
 * [[tier: }.
 */
final class CompletionProvider {
  static final List<String> HEADING_PREFIXES =
      List.of("INT. ", "EXT. ", "INT./EXT. ", "I/E ", "EST. ");
  static final List<String> TRANSITIONS =
      List.of(
          "CUT TO:",
          "DISSOLVE TO:",
          "SMASH CUT TO:",
          "MATCH CUT TO:",
          "FADE TO:",
          "> FADE OUT.",
          "> CUT TO BLACK.");
  private static final Pattern TIER_NOTE =
      Pattern.compile("\\[\\[\\s*tier\\s*:\\s*([\\w-]*)$", Pattern.CASE_INSENSITIVE);

  /** After the tier's name and a comma: the one flag a tier note takes. */
  private static final Pattern TIER_FLAG =
      Pattern.compile("\\[\\[\\s*tier\\s*:\\s*[\\w-]+\\s*,\\s*(\\w*)$", Pattern.CASE_INSENSITIVE);

  private static final Pattern AFTER_PREFIX =
      Pattern.compile(
          "^\\s*\\.?(INT\\./EXT|INT/EXT|I/E|INT|EXT|EST)[. ]\\s*([^-]*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPITALS = Pattern.compile("^[\\p{Lu}\\p{Nd} .'/-]*$");

  List<CompletionItem> complete(
      Analysis analysis, Position position, Collection<String> tierNames) {
    LineIndex lines = analysis.document().lines();
    if (!lines.isInside(position.getLine(), position.getCharacter())) {
      return List.of();
    }
    String before = lines.line(position.getLine()).substring(0, position.getCharacter());
    Matcher tier = TIER_NOTE.matcher(before);
    if (tier.find()) {
      return items(
          tierNames, position, tier.group(1).length(), CompletionItemKind.EnumMember, "tier");
    }
    Matcher flag = TIER_FLAG.matcher(before);
    if (flag.find()) {
      return items(
          List.of(SceneNotes.TierValue.LOCKED),
          position,
          flag.group(1).length(),
          CompletionItemKind.Keyword,
          "scenecost fit keeps this scene at this tier");
    }
    Matcher heading = AFTER_PREFIX.matcher(before);
    if (heading.matches()) {
      return items(
          analysis.index().locationsExceptLine(position.getLine()),
          position,
          heading.group(2).length(),
          CompletionItemKind.Reference,
          "location used before");
    }
    boolean blankBefore = position.getLine() == 0 || lines.line(position.getLine() - 1).isBlank();
    String typed = before.stripLeading();
    if (!blankBefore || typed.contains(" ") && !CAPITALS.matcher(typed).matches()) {
      return List.of();
    }
    List<CompletionItem> result = new ArrayList<>();
    String upperTyped = typed.toUpperCase(Locale.ROOT);
    for (String prefix : HEADING_PREFIXES) {
      if (prefix.startsWith(upperTyped)) {
        result.add(
            item(prefix, position, typed.length(), CompletionItemKind.Keyword, "scene heading"));
      }
    }
    if (CAPITALS.matcher(typed).matches()) {
      result.addAll(
          items(
              analysis.index().characterNames(),
              position,
              typed.length(),
              CompletionItemKind.Class,
              "character"));
      result.addAll(
          items(TRANSITIONS, position, typed.length(), CompletionItemKind.Event, "transition"));
    }
    return result.stream()
        .filter(item -> item.getFilterText().toUpperCase(Locale.ROOT).startsWith(upperTyped))
        .toList();
  }

  private static List<CompletionItem> items(
      Collection<String> labels,
      Position position,
      int typedLength,
      CompletionItemKind kind,
      String detail) {
    return labels.stream().map(label -> item(label, position, typedLength, kind, detail)).toList();
  }

  private static CompletionItem item(
      String label, Position position, int typedLength, CompletionItemKind kind, String detail) {
    CompletionItem item = new CompletionItem(label.strip());
    item.setKind(kind);
    item.setDetail(detail);
    item.setFilterText(label.startsWith("> ") ? label.substring(2).strip() : label.strip());
    Range replaced =
        Ranges.line(
            position.getLine(), position.getCharacter() - typedLength, position.getCharacter());
    item.setTextEdit(Either.forLeft(new TextEdit(replaced, label)));
    return item;
  }
}
