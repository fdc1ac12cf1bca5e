package org.vmmig.dsl.sweep;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.vmmig.dsl.VmigStandaloneSetup;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Sweep;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.engine.sweep.RunMetrics;
import org.vmmig.engine.sweep.SweepTask;

import com.google.inject.Injector;

/**
 * A model's sweep as a {@link SweepTask}: run i loads the model (once per thread: the texts of its files, taken
 * when the sweep was made, so an edit during a long sweep changes nothing), sets the knobs and uncertain inputs of
 * combination and sample i ({@link SweepModel}), and runs the scenario through {@link ScenarioRunner} — the path of a
 * single run, so a sweep's row is the single run of its combination. Serializable: a cluster ships it as it is.
 */
public final class ModelSweep implements SweepTask<RunMetrics> {

	private static final long serialVersionUID = 1L;

	private static Injector injector;

	/** The model's files (URI → text), the sweep's file first. */
	private final LinkedHashMap<String, String> sources;
	private final SweepDefinition definition;
	private final String costModel;
	private final boolean cloudSimRules;
	private final double defaultDowntimeLimitSeconds;
	private final Long seed;

	private transient ThreadLocal<SweepModel> models;

	private ModelSweep(LinkedHashMap<String, String> sources, SweepDefinition definition, RunOptions options) {
		this.sources = sources;
		this.definition = definition;
		this.costModel = options.costModel().label();
		this.cloudSimRules = options.cloudSimRules();
		this.defaultDowntimeLimitSeconds = options.defaultDowntimeLimitSeconds();
		this.seed = options.seed().isPresent() ? options.seed().getAsLong() : null;
	}

	/** The sweep of a validated model (no errors in any file it imports), under a run's options. */
	public static ModelSweep of(Sweep sweep, RunOptions options) {
		LinkedHashMap<String, String> sources = new LinkedHashMap<>();
		for (Resource resource : ModelElements.importClosure(sweep.eResource())) {
			Model model = ModelElements.modelOf(resource);
			var node = model == null ? null : NodeModelUtils.getNode(model);
			if (node != null) {
				sources.put(resource.getURI().toString(), node.getRootNode().getText());
			}
		}
		return new ModelSweep(sources, SweepMapper.definition(sweep), options);
	}

	public SweepDefinition definition() {
		return definition;
	}

	/** The runs of the sweep. */
	public int runs() {
		return definition.grid().runs();
	}

	/** The model's file name, as reports name it. */
	public String modelName() {
		URI uri = URI.createURI(sources.keySet().iterator().next());
		return uri.lastSegment() == null ? "model.vmig" : URI.decode(uri.lastSegment());
	}

	public RunOptions options() {
		RunOptions options = new RunOptions(RunOptions.CostModel.parse(costModel), cloudSimRules,
				defaultDowntimeLimitSeconds, OptionalLong.empty());
		return seed == null ? options : options.withSeed(seed);
	}

	@Override
	public RunMetrics run(int index) throws Exception {
		return RunMetrics.of(result(index));
	}

	/** Run {@code index}'s whole result (what a single run of its combination gives). */
	public ScenarioResult result(int index) throws ScenarioRunner.ScenarioException, IOException {
		SweepModel model = model();
		RunOptions options = model.apply(definition, index, options());
		return new ScenarioRunner(options).run(model.scenario());
	}

	private SweepModel model() throws IOException {
		ThreadLocal<SweepModel> local;
		synchronized (this) {
			if (models == null) {
				models = new ThreadLocal<>();
			}
			local = models;
		}
		SweepModel model = local.get();
		if (model == null) {
			model = new SweepModel(load(), definition.scenario());
			local.set(model);
		}
		return model;
	}

	/** This thread's copy of the model: its files parsed from the texts, linked in a resource set of its own. */
	private Model load() throws IOException {
		XtextResourceSet resources = injector().getInstance(XtextResourceSet.class);
		Resource main = null;
		for (Map.Entry<String, String> source : sources.entrySet()) {
			Resource resource = resources.createResource(URI.createURI(source.getKey()));
			resource.load(new ByteArrayInputStream(source.getValue().getBytes(StandardCharsets.UTF_8)),
					resources.getLoadOptions());
			main = main == null ? resource : main;
		}
		EcoreUtil2.resolveAll(resources);
		return ModelElements.modelOf(main);
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new VmigStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
