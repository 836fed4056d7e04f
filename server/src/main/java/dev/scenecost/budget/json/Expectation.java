package dev.scenecost.budget.json;

/**
 * What the reader was looking for when Gson stopped, and from where: Gson's own error position is
 * sometimes on the offending character and sometimes one past it, so the mistake is found again
 * from the last place that was read correctly.
 *
 * @param context what was expected next
 * @param from the offset just after the last token read correctly
 * @param separator the separator due before it (',' or ':'), or 0 when none is
 * @param name the member being read, for messages; null outside an object
 */
record Expectation(Context context, int from, char separator, String name) {
  /** What comes next in the text. */
  enum Context {
    /** A value: the document, a member's value or a list element. */
    VALUE,
    /** A value in a list, where ']' may also close the list. */
    ELEMENT,
    /** A member name, or '}' closing the object. */
    NAME,
    /** Nothing: the settings have ended. */
    END
  }
}
