package org.vmmig.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the guest's program printed on its serial console (a file QEMU writes): whether it is ready, and
 * the dirty rates it achieved, one report per line ({@code vmmig-guest: t=1.250 dirtied=2048 rate=33554432}).
 */
final class GuestConsole {

	private final Path file;

	GuestConsole(Path file) {
		this.file = file;
	}

	Path file() {
		return file;
	}

	private List<String> lines() {
		try {
			return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.ISO_8859_1) : List.of();
		} catch (IOException e) {
			return List.of();
		}
	}

	boolean ready() {
		return lines().stream().anyMatch(line -> line.contains("vmmig-guest: ready"));
	}

	/** An error line of the guest program (it could not map its memory), or null. */
	String error() {
		return lines().stream().filter(line -> line.contains("vmmig-guest: error")).findFirst().orElse(null);
	}

	/** The guest kernel's panic line ("Kernel panic - not syncing: ..."), or null. */
	String panic() {
		return lines().stream().filter(line -> line.contains("Kernel panic")).map(String::strip).findFirst().orElse(null);
	}

	/** Every achieved rate reported so far, in bytes per second, in order. */
	List<Double> rates() {
		List<Double> rates = new ArrayList<>();
		for (String line : lines()) {
			int at = line.indexOf("vmmig-guest: t=");
			int rate = line.indexOf(" rate=", Math.max(at, 0));
			if (at >= 0 && rate > 0) {
				try {
					rates.add(Double.parseDouble(line.substring(rate + 6).strip()));
				} catch (NumberFormatException e) {
					// a line cut short while QEMU wrote it: the next read will have it whole
				}
			}
		}
		return rates;
	}

	/** The mean of the rates reported from index {@code from} (inclusive) to {@code to} (exclusive); NaN if none. */
	static double mean(List<Double> rates, int from, int to) {
		double sum = 0;
		int count = 0;
		for (int i = Math.max(0, from); i < Math.min(to, rates.size()); i++) {
			sum += rates.get(i);
			count++;
		}
		return count == 0 ? Double.NaN : sum / count;
	}
}
