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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
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

	/** Every control of type {@code type} under {@code root} (itself included), depth first. */
	public static <T extends Control> List<T> controls(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		collectControls(root, type, found);
		return found;
	}

	private static <T extends Control> void collectControls(Control control, Class<T> type, List<T> found) {
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectControls(child, type, found);
			}
		}
	}

	/** The first button under {@code root} whose label, without mnemonics, is {@code label}. */
	public static Button button(Control root, String label) {
		return controls(root, Button.class).stream().filter(b -> b.getText().replace("&", "").equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no button '" + label + "' among "
						+ controls(root, Button.class).stream().map(Button::getText).toList()));
	}

	/** Clicks a push button, or selects a radio button or check box, as a user's click would. */
	public static void click(Button button) {
		if ((button.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0) {
			if ((button.getStyle() & SWT.RADIO) != 0) {
				for (Control sibling : button.getParent().getChildren()) {
					if (sibling instanceof Button other && other != button && (other.getStyle() & SWT.RADIO) != 0
							&& other.getSelection()) {
						other.setSelection(false);
						other.notifyListeners(SWT.Selection, new Event());
					}
				}
				button.setSelection(true);
			} else {
				button.setSelection(!button.getSelection());
			}
		}
		button.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	/** Types {@code text} into a text field, replacing what it held (fires Modify as typing does). */
	public static void type(Text field, String text) {
		field.setFocus();
		field.setText(text); // SWT sends Modify
		processEvents();
	}

	/** Selects a table row as a click on it would: the row is selected and the table tells its listeners. */
	public static void select(Table table, int index) {
		table.setSelection(index);
		Event event = new Event();
		event.item = table.getItem(index);
		table.notifyListeners(SWT.Selection, event);
		processEvents();
	}

	/** Where screenshots go (set by the build), or target/screenshots of the working directory. */
	public static Path screenshotDirectory() {
		return Path.of(System.getProperty("vmmig.screenshots", "target/screenshots"));
	}
}
