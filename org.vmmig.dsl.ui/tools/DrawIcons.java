import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the workbench's 16x16 icons (our own, no third-party art). Run from the bundle directory:
 * {@code java tools/DrawIcons.java icons}
 */
public class DrawIcons {

	static final Color INK = new Color(60, 60, 70);
	static final Color BLUE = new Color(40, 100, 180);
	static final Color LIGHT_BLUE = new Color(170, 205, 240);
	static final Color GREEN = new Color(40, 150, 70);
	static final Color ORANGE = new Color(220, 130, 30);
	static final Color PURPLE = new Color(127, 0, 85);
	static final Color GREY = new Color(150, 150, 160);
	static final Color LIGHT = new Color(235, 235, 240);

	public static void main(String[] args) throws IOException {
		File dir = new File(args.length > 0 ? args[0] : "icons");
		dir.mkdirs();
		draw(dir, "vmig", g -> { // a page with a V
			page(g);
			g.setColor(PURPLE);
			g.setStroke(new BasicStroke(1.8f));
			Path2D v = new Path2D.Double();
			v.moveTo(4.5, 6);
			v.lineTo(7.5, 12.5);
			v.lineTo(10.5, 6);
			g.draw(v);
		});
		draw(dir, "host", g -> { // a server with two drive bays
			box(g, 2, 2, 12, 5, LIGHT, INK);
			box(g, 2, 9, 12, 5, LIGHT, INK);
			g.setColor(GREEN);
			g.fillRect(11, 4, 2, 1);
			g.fillRect(11, 11, 2, 1);
			g.setColor(INK);
			g.fillRect(4, 4, 5, 1);
			g.fillRect(4, 11, 5, 1);
		});
		draw(dir, "vm", g -> { // a machine inside a machine
			g.setColor(LIGHT_BLUE);
			g.fill(new RoundRectangle2D.Double(1.5, 1.5, 13, 13, 4, 4));
			g.setColor(BLUE);
			g.setStroke(new BasicStroke(1f));
			g.draw(new RoundRectangle2D.Double(1.5, 1.5, 13, 13, 4, 4));
			g.fillRect(5, 5, 6, 6);
		});
		draw(dir, "network", g -> { // three linked nodes
			g.setColor(INK);
			g.setStroke(new BasicStroke(1.2f));
			g.drawLine(8, 4, 3, 12);
			g.drawLine(8, 4, 13, 12);
			g.drawLine(3, 12, 13, 12);
			node(g, 8, 4, BLUE);
			node(g, 3, 12, BLUE);
			node(g, 13, 12, BLUE);
		});
		draw(dir, "policy", g -> { // a shield
			Path2D shield = new Path2D.Double();
			shield.moveTo(8, 1.5);
			shield.lineTo(14, 3.5);
			shield.curveTo(14, 10, 11, 13, 8, 14.5);
			shield.curveTo(5, 13, 2, 10, 2, 3.5);
			shield.closePath();
			g.setColor(new Color(250, 220, 160));
			g.fill(shield);
			g.setColor(ORANGE);
			g.setStroke(new BasicStroke(1.2f));
			g.draw(shield);
		});
		draw(dir, "scenario", g -> { // an arrow from one box to another
			box(g, 1, 5, 5, 6, LIGHT, INK);
			box(g, 10, 5, 5, 6, LIGHT_BLUE, BLUE);
			g.setColor(GREEN);
			Path2D arrow = new Path2D.Double();
			arrow.moveTo(6, 7);
			arrow.lineTo(8, 7);
			arrow.lineTo(8, 5);
			arrow.lineTo(11, 8);
			arrow.lineTo(8, 11);
			arrow.lineTo(8, 9);
			arrow.lineTo(6, 9);
			arrow.closePath();
			g.fill(arrow);
		});
		draw(dir, "zone", g -> { // a dashed enclosure with a lock dot
			g.setColor(PURPLE);
			g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 2, 1.5f }, 0));
			g.drawRect(2, 2, 12, 12);
			g.fill(new Ellipse2D.Double(5.5, 5.5, 5, 5));
		});
		draw(dir, "site", g -> { // a building
			box(g, 3, 2, 10, 13, LIGHT, INK);
			g.setColor(BLUE);
			for (int y = 4; y <= 10; y += 3) {
				g.fillRect(5, y, 2, 2);
				g.fillRect(9, y, 2, 2);
			}
		});
		draw(dir, "storage-pool", g -> { // a cylinder
			g.setColor(LIGHT_BLUE);
			g.fillRect(3, 4, 10, 9);
			g.fill(new Ellipse2D.Double(3, 10, 10, 4));
			g.setColor(BLUE);
			g.setStroke(new BasicStroke(1f));
			g.drawLine(3, 4, 3, 12);
			g.drawLine(13, 4, 13, 12);
			g.draw(new java.awt.geom.Arc2D.Double(3, 10, 10, 4, 180, 180, java.awt.geom.Arc2D.OPEN));
			g.setColor(new Color(210, 230, 250));
			g.fill(new Ellipse2D.Double(3, 2, 10, 4));
			g.setColor(BLUE);
			g.draw(new Ellipse2D.Double(3, 2, 10, 4));
		});
		draw(dir, "group", g -> { // two linked VMs
			g.setStroke(new BasicStroke(1f));
			box(g, 1, 1, 8, 8, LIGHT_BLUE, BLUE);
			box(g, 7, 7, 8, 8, LIGHT_BLUE, BLUE);
		});
		draw(dir, "plan", g -> { // a timeline of bars
			g.setColor(INK);
			g.drawLine(1, 1, 1, 14);
			g.setColor(BLUE);
			g.fillRect(2, 2, 6, 3);
			g.fillRect(5, 7, 7, 3);
			g.fillRect(9, 12, 6, 3);
			g.setColor(new Color(200, 40, 40));
			g.fillRect(7, 2, 1, 3);
			g.fillRect(11, 7, 1, 3);
			g.fillRect(14, 12, 1, 3);
		});
		draw(dir, "report", g -> { // a page with a bar chart
			page(g);
			g.setColor(BLUE);
			g.fillRect(4, 10, 2, 3);
			g.fillRect(7, 6, 2, 7);
			g.setColor(new Color(200, 40, 40));
			g.fillRect(10, 8, 2, 5);
			g.setColor(INK);
			g.fillRect(4, 13, 8, 1);
		});
		draw(dir, "simulate", g -> { // a play button
			Path2D play = new Path2D.Double();
			play.moveTo(4, 2);
			play.lineTo(13.5, 8);
			play.lineTo(4, 14);
			play.closePath();
			g.setColor(GREEN);
			g.fill(play);
			g.setColor(GREEN.darker());
			g.setStroke(new BasicStroke(1f));
			g.draw(play);
		});
		draw(dir, "sweep", g -> { // a scatter of runs, its Pareto front in red
			g.setColor(GREY);
			g.fillRect(1, 14, 14, 1);
			g.fillRect(1, 1, 1, 14);
			node(g, 8, 5, BLUE);
			node(g, 12, 8, BLUE);
			node(g, 11, 3, BLUE);
			g.setColor(new Color(200, 40, 40));
			g.setStroke(new BasicStroke(1.2f));
			Path2D front = new Path2D.Double();
			front.moveTo(4, 3);
			front.lineTo(6, 9);
			front.lineTo(13, 12);
			g.draw(front);
			node(g, 4, 3, new Color(200, 40, 40));
			node(g, 6, 9, new Color(200, 40, 40));
			node(g, 13, 12, new Color(200, 40, 40));
		});
		draw(dir, "project", g -> { // a folder with a V
			g.setColor(new Color(240, 200, 100));
			g.fillRect(1, 4, 14, 10);
			g.fillRect(1, 2, 6, 3);
			g.setColor(new Color(180, 130, 30));
			g.setStroke(new BasicStroke(1f));
			g.drawRect(1, 4, 14, 10);
			g.setColor(PURPLE);
			g.setStroke(new BasicStroke(1.6f));
			Path2D v = new Path2D.Double();
			v.moveTo(5.5, 6.5);
			v.lineTo(8, 12);
			v.lineTo(10.5, 6.5);
			g.draw(v);
		});
	}

	static void page(Graphics2D g) {
		Path2D page = new Path2D.Double();
		page.moveTo(2.5, 0.5);
		page.lineTo(10, 0.5);
		page.lineTo(13.5, 4);
		page.lineTo(13.5, 15.5);
		page.lineTo(2.5, 15.5);
		page.closePath();
		g.setColor(Color.WHITE);
		g.fill(page);
		g.setColor(GREY);
		g.setStroke(new BasicStroke(1f));
		g.draw(page);
	}

	static void box(Graphics2D g, int x, int y, int w, int h, Color fill, Color line) {
		g.setColor(fill);
		g.fillRect(x, y, w, h);
		g.setColor(line);
		g.setStroke(new BasicStroke(1f));
		g.drawRect(x, y, w - 1, h - 1);
	}

	static void node(Graphics2D g, double x, double y, Color color) {
		g.setColor(color);
		g.fill(new Ellipse2D.Double(x - 2.5, y - 2.5, 5, 5));
	}

	static void draw(File dir, String name, Consumer<Graphics2D> painter) throws IOException {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 10));
		painter.accept(g);
		g.dispose();
		ImageIO.write(image, "png", new File(dir, name + ".png"));
	}
}
