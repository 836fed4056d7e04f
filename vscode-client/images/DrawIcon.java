// Draws the extension's icon (images/icon.png, 128x128): a clapperboard whose slate is a bar
// chart of scene costs under a budget line. Run: java images/DrawIcon.java images/icon.png
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

public class DrawIcon {
  public static void main(String[] args) throws Exception {
    int size = 128;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

    Color night = new Color(0x1b2433);
    Color slate = new Color(0x2c3a4f);
    Color paper = new Color(0xf4efe6);
    Color gold = new Color(0xf2b632);
    Color red = new Color(0xe0533d);

    // The board.
    g.setColor(slate);
    g.fill(new RoundRectangle2D.Double(10, 40, 108, 78, 14, 14));

    // The clapper stick, tilted open, with its stripes.
    Graphics2D stick = (Graphics2D) g.create();
    stick.rotate(Math.toRadians(-14), 12, 36);
    stick.setColor(paper);
    stick.fill(new RoundRectangle2D.Double(10, 18, 108, 18, 6, 6));
    stick.setColor(night);
    for (int x = 14; x < 118; x += 22) {
      stick.fill(new Polygon(new int[] {x, x + 11, x + 22, x + 11}, new int[] {36, 18, 18, 36}, 4));
    }
    stick.dispose();
    // The fixed lower stripe band of the board.
    g.setColor(paper);
    g.fillRect(10, 40, 108, 14);
    g.setColor(night);
    for (int x = 10; x < 118; x += 22) {
      g.fill(new Polygon(new int[] {x + 11, x + 22, x + 11, x}, new int[] {40, 40, 54, 54}, 4));
    }

    // Scene costs as bars; the last one over the dashed budget line, in red.
    int base = 108;
    int[] heights = {18, 30, 22, 40};
    for (int i = 0; i < heights.length; i++) {
      g.setColor(i == heights.length - 1 ? red : gold);
      g.fill(new RoundRectangle2D.Double(24 + i * 22, base - heights[i], 14, heights[i], 4, 4));
    }
    g.setColor(paper);
    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 5f}, 0f));
    g.drawLine(18, 76, 110, 76);
    g.dispose();
    ImageIO.write(image, "png", new File(args[0]));
  }
}
