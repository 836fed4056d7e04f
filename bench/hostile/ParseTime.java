import dev.scenecost.jfountain.FountainParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Median wall time of FountainParser.parse on each file, in process, after warm-up. */
public class ParseTime {
  public static void main(String[] args) throws Exception {
    for (String name : args) {
      String text = Files.readString(Path.of(name));
      for (int i = 0; i < 3; i++) FountainParser.parse(text);
      long[] ms = new long[7];
      for (int i = 0; i < ms.length; i++) {
        long start = System.nanoTime();
        FountainParser.parse(text);
        ms[i] = (System.nanoTime() - start) / 1_000_000;
      }
      Arrays.sort(ms);
      System.out.println(name + ": median " + ms[ms.length / 2] + " ms (min " + ms[0] + ", max " + ms[ms.length - 1] + ")");
    }
  }
}
