package dev.scenecost.budget.config;

/** How a page is measured: widths in characters, lines per page, seconds per page. */
public record PageLayout(
    int linesPerPage,
    double secondsPerPage,
    int actionWidth,
    int dialogueWidth,
    int parentheticalWidth,
    int cueWidth) {
  public static final PageLayout US_LETTER = new PageLayout(55, 60, 61, 36, 26, 33);
}
