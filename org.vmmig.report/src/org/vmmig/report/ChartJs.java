package org.vmmig.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Chart.js, read from its WebJar (org.webjars.npm:chart.js) on the class path, to be inlined into a report
 * so that the page works offline.
 */
public final class ChartJs {

	private static final String POM = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";
	private static final Pattern SCRIPT_END = Pattern.compile("</(script)", Pattern.CASE_INSENSITIVE);

	private static String source;
	private static String version;

	private ChartJs() {
	}

	/** The version of the WebJar, e.g. 4.5.1. */
	public static synchronized String version() {
		if (version == null) {
			Properties pom = new Properties();
			try (InputStream in = resource(POM)) {
				pom.load(in);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			version = pom.getProperty("version");
		}
		return version;
	}

	/** The UMD build, safe to put between {@code <script>} and {@code </script>}. */
	public static synchronized String umdSource() {
		if (source == null) {
			String path = "META-INF/resources/webjars/chart.js/" + version() + "/dist/chart.umd.js";
			try (InputStream in = resource(path)) {
				String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				// "<\/script" means the same in a JavaScript string, regular expression or comment
				source = SCRIPT_END.matcher(js).replaceAll("<\\\\/$1");
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return source;
	}

	private static InputStream resource(String path) {
		InputStream in = ChartJs.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException("Chart.js is missing from the class path (" + path
					+ "): the org.webjars.npm:chart.js jar must be beside vmmig's");
		}
		return in;
	}
}
