package dev.scenecost.jfountain;

/**
 * Which lines an edit replaced: lines {@code firstLine} to {@code oldEndLine - 1} of the earlier
 * text became lines {@code firstLine} to {@code newEndLine - 1} of the new one; every line before
 * and after is unchanged. Typing a character in line 12 is {@code (12, 13, 13)}; pressing Enter
 * there is {@code (12, 13, 14)}; an unchanged text is {@code (n, n, n)}.
 *
 * @param firstLine the first line that differs, from 0
 * @param oldEndLine the line after the last replaced one, in the earlier text
 * @param newEndLine the line after the last new one, in the new text
 */
public record LineChange(int firstLine, int oldEndLine, int newEndLine) {
  /** {@return how many lines the edit added (negative when it removed lines)} */
  public int lineDelta() {
    return newEndLine - oldEndLine;
  }
}
