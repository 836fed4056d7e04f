package dev.scenecost.jfountain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usage example in README.md compiles against the library as it is. */
class ReadmeExampleTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void readmeUsageExampleCompiles(@TempDir Path classes) throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    Matcher block = JAVA_BLOCK.matcher(readme);
    assertTrue(block.find(), "README.md has a ```java block");
    String snippet = block.group(1);
    assertEquals(3, snippet.strip().lines().count(), "the example is three lines:\n" + snippet);

    String source =
        "import dev.scenecost.jfountain.*;\n"
            + "import java.nio.file.*;\n"
            + "class ReadmeExample {\n"
            + "  static void run() throws Exception {\n"
            + snippet
            + "  }\n"
            + "}\n";
    Path sourceFile = Files.writeString(classes.resolve("ReadmeExample.java"), source);
    // javac through java.util.spi.ToolProvider (java.base), which this module reads, unlike
    // javax.tools.
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    StringWriter messages = new StringWriter();
    int status =
        javac.run(
            new PrintWriter(messages),
            new PrintWriter(messages),
            "-classpath",
            Path.of("target", "classes").toString(),
            "-d",
            classes.toString(),
            sourceFile.toString());
    assertEquals(0, status, () -> "the README example does not compile:\n" + messages);
    assertTrue(Files.exists(classes.resolve("ReadmeExample.class")));
  }
}
