package org.vmmig.dsl.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPart;

/**
 * Our small stand-in for SWTBot (not on Maven Central): drives the real workbench from the UI thread by
 * running its event loop until a condition holds, and takes screenshots of the whole display.
 */
public final class WorkbenchDriver {

	private WorkbenchDriver() {
	}

	/** Runs the event loop until {@code condition} holds; fails with {@code what} after {@code timeout}. */
	public static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	/** Runs the event loop for a while, e.g. so that a screenshot shows finished painting. */
	public static void settle(Duration duration) {
		long end = System.nanoTime() + duration.toNanos();
		waitUntil("time passes", duration.plusSeconds(1), () -> System.nanoTime() > end);
	}

	/** Lets pending UI work (layouts, paints, async runnables) finish. */
	public static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain the queue
		}
	}

	/** Saves the whole display as a PNG under {@code directory} and returns its path. */
	public static Path screenshot(Path directory, String name) throws java.io.IOException {
		Display display = Display.getDefault();
		Files.createDirectories(directory);
		Path file = directory.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		return file;
	}

	/** The widget a part gives the keyboard focus to, e.g. the tree of the Problems view. */
	public static Control focusControlOf(IWorkbenchPart part) {
		part.setFocus();
		processEvents();
		return Display.getCurrent().getFocusControl();
	}

	/** The texts of every row of a tree (all columns), expanding rows as a user would to see them. */
	public static List<String> treeTexts(Tree tree) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			collect(item, tree.getColumnCount(), texts);
		}
		return texts;
	}

	private static void collect(TreeItem item, int columns, List<String> texts) {
		StringBuilder row = new StringBuilder(item.getText());
		for (int column = 1; column < columns; column++) {
			row.append(" | ").append(item.getText(column));
		}
		texts.add(row.toString());
		if (item.getItemCount() > 0 && !item.getExpanded()) {
			item.setExpanded(true);
			Event event = new Event();
			event.item = item;
			item.getParent().notifyListeners(SWT.Expand, event);
		}
		for (TreeItem child : item.getItems()) {
			collect(child, columns, texts);
		}
	}

	/** Where screenshots go (set by the build), or target/screenshots of the working directory. */
	public static Path screenshotDirectory() {
		return Path.of(System.getProperty("vmmig.screenshots", "target/screenshots"));
	}
}
