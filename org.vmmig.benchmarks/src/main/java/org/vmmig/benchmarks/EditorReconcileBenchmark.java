package org.vmmig.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.vmmig.dsl.VmigStandaloneSetup;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * What the editor does after each pause in typing, on a model of about 2,000 lines written as people
 * write them (one property per line): parse the whole text into a fresh resource as the editor's
 * {@code DocumentParser} does, validate it with every check (the engine's predictions included), and lex it
 * once more as the highlighting scanner and the folding do. Target: under 200 ms. Usage:
 * the java command in docs/performance.md, arguments {@code [lines] [warm-up runs] [measured runs]}
 * (plain main, no UI needed).
 */
public final class EditorReconcileBenchmark {

	private EditorReconcileBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int lines = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
		int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 50;
		String model = generate(lines);
		Injector injector = new VmigStandaloneSetup().createInjectorAndDoEMFRegistration();
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		System.out.printf(Locale.ROOT, "model: %d lines, %d characters; JVM %s, %d processors%n",
				model.lines().count(), model.length(), System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());

		double[] parse = new double[runs];
		double[] validate = new double[runs];
		double[] lex = new double[runs];
		double[] total = new double[runs];
		int issues = -1;
		for (int run = -warmUp; run < runs; run++) {
			long start = System.nanoTime();
			XtextResource resource = parse(injector, model);
			long parsed = System.nanoTime();
			List<Issue> found = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			long validated = System.nanoTime();
			int tokens = lex(injector, model);
			long lexed = System.nanoTime();
			if (run == -warmUp) {
				System.out.printf(Locale.ROOT, "first (cold) run: parse %.1f ms, validate %.1f ms, lex %.1f ms (%d tokens)%n",
						ms(parsed - start), ms(validated - parsed), ms(lexed - validated), tokens);
			}
			if (run >= 0) {
				parse[run] = ms(parsed - start);
				validate[run] = ms(validated - parsed);
				lex[run] = ms(lexed - validated);
				total[run] = ms(lexed - start);
				issues = found.size();
			}
		}
		System.out.printf(Locale.ROOT, "%d measured runs after %d warm-up runs (%d issues):%n", runs, warmUp, issues);
		report("parse", parse);
		report("validate", validate);
		report("lex", lex);
		report("total", total);
	}

	/** As the editor's DocumentParser: a fresh resource set and resource per reconcile. */
	static XtextResource parse(Injector injector, String text) throws java.io.IOException {
		XtextResource resource = (XtextResource) injector.getInstance(XtextResourceSet.class)
				.createResource(URI.createURI("bench.vmig"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		return resource;
	}

	/** One pass of the language's lexer over the whole text, as the highlighting scanner and the folding make. */
	static int lex(Injector injector, String text) {
		Lexer lexer = injector.getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		lexer.setCharStream(new ANTLRStringStream(text));
		int count = 0;
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			count++;
		}
		return count;
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	private static void report(String phase, double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "  %-9s median %7.1f ms   p90 %7.1f ms   max %7.1f ms%n", phase,
				sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.9) - 1], sorted[sorted.length - 1]);
	}

	/**
	 * A model of about {@code lines} lines in the style of examples/lab.vmig: racks of eight hosts on a
	 * network each, four VMs per host, a policy and two evacuation scenarios (so validation runs the planner).
	 */
	static String generate(int lines) {
		List<String> out = new ArrayList<>();
		out.add("// generated for the editor benchmark");
		int racks = Math.max(1, lines / 210);
		for (int rack = 0; rack < racks; rack++) {
			out.add("");
			out.add("// rack " + rack);
			List<String> names = new ArrayList<>();
			for (int h = 0; h < 8; h++) {
				String host = "r" + rack + "h" + h;
				names.add(host);
				out.add("host " + host + " {");
				out.add("\tmemory 256 GiB");
				out.add("\tnic 25 Gbps");
				out.add("\tcores 32");
				out.add("}");
			}
			out.add("network rack" + rack + " {");
			out.add("\tbandwidth 25 Gbps");
			out.add("\tlatency 0.05 ms");
			out.add("\tconnects " + String.join(", ", names));
			out.add("}");
			for (int h = 0; h < 8; h++) {
				for (int v = 0; v < 4; v++) {
					out.add("vm r" + rack + "h" + h + "v" + v + " {");
					out.add("\tmemory " + (4 + (h * 4 + v) % 13) + " GiB");
					out.add("\tdirty-rate " + (10 + 17 * v) + " MiB/s");
					out.add("\ton r" + rack + "h" + h);
					out.add("}");
				}
			}
		}
		out.add("");
		out.add("policy standard {");
		out.add("\ttechnique pre-copy");
		out.add("\tdowntime-limit 300 ms");
		out.add("\tmax-rounds 30");
		out.add("}");
		out.add("scenario drainFirst { evacuate r0h0 using standard }");
		out.add("scenario drainRack { evacuate r0h1, r0h2 using standard }");
		while (out.size() < lines) {
			out.add("// padding");
		}
		return String.join("\n", out) + "\n";
	}
}
