package dev.scenecost.bench;

/**
 * A made-up screenplay of a given size for benchmarks run where the sample corpus is missing: a
 * title page, then numbered scenes with action, dialogue, parentheticals, notes, emphasis and
 * transitions in roughly the proportions of a real feature.
 */
final class SyntheticScreenplay {
  private SyntheticScreenplay() {}

  static String ofLength(int length) {
    StringBuilder text = new StringBuilder(length + 1024);
    text.append("Title: Synthetic\nCredit: written by\nAuthor: The Benchmark\n\n");
    for (int scene = 1; text.length() < length; scene++) {
      text.append(scene % 2 == 0 ? "INT. " : "EXT. ")
          .append("LOCATION ")
          .append(scene % 37)
          .append(" - ")
          .append(scene % 3 == 0 ? "NIGHT" : "DAY")
          .append(" #")
          .append(scene)
          .append("#\n\n");
      text.append("Rain hammers the *windows*. A DOOR slams somewhere below. [[tier: hero]]\n")
          .append("Nobody moves.\n\n");
      text.append("MARGARET (V.O.)\n(quietly)\n")
          .append("I told you this would happen. I told you **twice**.\n\n");
      text.append("JONAH ^\nYou did.\n\n");
      text.append("She crosses to the window and looks down at the _empty_ street.\n\n");
      if (scene % 4 == 0) {
        text.append("CUT TO:\n\n");
      }
    }
    return text.toString();
  }
}
