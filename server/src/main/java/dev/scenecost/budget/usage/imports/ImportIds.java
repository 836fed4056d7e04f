package dev.scenecost.budget.usage.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A stable id for each row of a provider's export: the mapping's name and a hash of the row's
 * content (or of its id column, when the mapping names one), plus how many identical rows came
 * before it in the same export. The same row gets the same id whatever the file is called, so
 * importing an export twice, or a later export that overlaps an earlier one, adds nothing twice;
 * two genuinely identical rows in one export stay two rows.
 */
public final class ImportIds {
  private ImportIds() {}

  public static String of(String mappingName, List<String> identity, int occurrence) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    sha.update(mappingName.getBytes(StandardCharsets.UTF_8));
    for (String field : identity) {
      sha.update((byte) 0x1f);
      sha.update(field.trim().getBytes(StandardCharsets.UTF_8));
    }
    sha.update((byte) 0x1e);
    sha.update(Integer.toString(occurrence).getBytes(StandardCharsets.UTF_8));
    String hash = HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    return mappingName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]", "")
        + ":"
        + hash;
  }
}
