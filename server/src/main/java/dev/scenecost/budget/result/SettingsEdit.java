package dev.scenecost.budget.result;

/**
 * A replacement in a settings file that fixes a finding, such as a retired model's name in
 * scenecost.json.
 *
 * @param file the settings file's path
 * @param line 1-based line of the value
 * @param column 1-based column where the value starts (its opening quote)
 * @param length characters of the value as written, quotes included
 * @param replacement the text to write instead, quotes included
 * @param title what the fix does, for the editor's menu
 */
public record SettingsEdit(
    String file, int line, int column, int length, String replacement, String title) {}
