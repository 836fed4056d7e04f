package dev.scenecost.budget.json;

import com.google.gson.stream.JsonReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Gson's {@link JsonReader} stands, 1-based. JsonReader keeps its line and column private and
 * shows them only in {@code toString()} ("JsonReader at line 3 column 7 path $.budget"), the same
 * text it puts in its error messages; so the location is read back from there. {@code
 * ReaderLocationTest} pins that format, so a Gson upgrade that changes it fails a test instead of
 * silently misplacing every configuration problem.
 */
record ReaderLocation(int line, int column) {
  private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+) path ");

  static ReaderLocation of(JsonReader reader) {
    Matcher m = LOCATION.matcher(reader.toString());
    if (!m.find()) {
      throw new IllegalStateException(
          "Gson's JsonReader no longer says where it stands: " + reader);
    }
    return new ReaderLocation(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The same line, {@code count} characters to the left. */
  ReaderLocation back(int count) {
    return new ReaderLocation(line, column - count);
  }
}
