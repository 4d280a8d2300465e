package org.firebreak.examples.cli;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.core.scenario.ScenarioException;
import org.firebreak.core.scenario.ScenarioProblem;
import org.firebreak.core.scenario.Suggestions;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.crowd.scenario.CrowdScenario;
import org.firebreak.crowd.scenario.CrowdScenarioLoader;
import org.firebreak.data.BundledScenarios;
import org.firebreak.examples.gui.CrowdGui;
import org.firebreak.examples.gui.CrowdSite;
import org.firebreak.examples.gui.FrontierGui;
import org.firebreak.examples.gui.GuiWindows;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.ScenarioLoader;
import org.firebreak.geo.GeoTerrains;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import sim.display.Console;
import sim.display.GUIState;

/**
 * {@code firebreak gui}: a scenario in MASON's windows, stepping live: the frontier map for a
 * regional scenario, the site at metre scale for a crowd scenario.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open a scenario in MASON's windows and watch it run.",
            "A regional scenario shows the frontier map (terrain, borders, crossings,",
            "agents) with live charts; a crowd scenario shows its site at metre scale,",
            "people coloured by local density. Press play in the console; double-click an",
            "agent, a crossing, a person or a gate to inspect it. Needs a display;",
            "without one, use 'firebreak run' or 'firebreak crowd'."},
        footer = {"", "Examples:", "  firebreak gui                                   (collapse-passive)",
            "  firebreak gui --scenario western-pressure --seed 7",
            "  firebreak gui --scenario crossing-surge",
            "  firebreak gui --scenario my-scenario.yaml",
            "", "Exit codes: 0 window closed, 2 bad input or no display, 1 internal error."})
final class GuiCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = {"a bundled scenario (regional or crowd, see", "'firebreak scenarios') or a scenario file;",
                "default: ${DEFAULT-VALUE}"})
    private String scenario = BundledScenarios.defaultName();

    @Option(names = "--seed", paramLabel = "N", description = "seed of the run (default: the scenario's)")
    private Long seed;

    @Mixin
    private DebugOption debug = new DebugOption();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            // a mistyped name is worth hearing about before a missing display
            boolean crowd = isCrowd(scenario);
            if (GraphicsEnvironment.isHeadless()) {
                err.println("firebreak: gui: no display available (headless Java, or DISPLAY not set); run the "
                        + "scenario headless with 'firebreak " + (crowd ? "crowd" : "run") + " --scenario " + scenario
                        + " --out DIR' instead");
                return FirebreakCli.BAD_INPUT;
            }
            // connects to the display now, so an unreachable one fails before the terrain loads
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            Opened gui = create(scenario, seed);
            CountDownLatch closed = new CountDownLatch(1);
            SwingUtilities.invokeAndWait(() -> {
                Console c = GuiWindows.open(gui.state(), gui.pauseAtStep());
                c.addWindowListener(new java.awt.event.WindowAdapter() {
                    @Override
                    public void windowClosed(java.awt.event.WindowEvent e) {
                        closed.countDown();
                    }
                });
            });
            closed.await();
            return 0;
        } catch (ScenarioException e) {
            err.println("firebreak: " + e.getMessage());
            return FirebreakCli.BAD_INPUT;
        } catch (java.awt.AWTError | java.awt.HeadlessException e) {
            err.println("firebreak: gui: cannot open a window: " + e.getMessage()
                    + "; run the scenario headless with 'firebreak run' or 'firebreak crowd' instead");
            return FirebreakCli.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FirebreakCli.INTERNAL_ERROR;
        } catch (IOException | RuntimeException | java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException i && i.getCause() != null
                    ? i.getCause() : e;
            if (cause instanceof java.awt.AWTError || cause instanceof java.awt.HeadlessException) {
                err.println("firebreak: gui: cannot open a window: " + cause.getMessage());
                return FirebreakCli.BAD_INPUT;
            }
            return debug.internalError(err, cause);
        }
    }

    /**
     * A GUI, not yet opened, for a scenario, and the schedule step at which the console pauses.
     *
     * @param state the GUI
     * @param pauseAtStep the scenario's end, in schedule steps
     */
    record Opened(GUIState state, long pauseAtStep) {
    }

    /**
     * Builds the GUI that fits the scenario's kind: the frontier map for a regional scenario, the
     * site for a crowd one.
     *
     * @param nameOrFile a bundled name or a scenario file
     * @param seed a seed override, or null
     * @return the GUI, its model built but not started
     * @throws ScenarioException if the scenario cannot be found or is invalid
     * @throws IOException if a file cannot be read
     */
    static Opened create(String nameOrFile, Long seed) throws ScenarioException, IOException {
        if (isCrowd(nameOrFile)) {
            CrowdScenario c = CrowdScenarioSource.load(nameOrFile).scenario();
            if (seed != null) {
                c = c.withSeed(seed);
            }
            CrowdSite site = new CrowdSite(c);
            return new Opened(new CrowdGui(site), site.totalTicks());
        }
        BehaviourRegistry registry = DefaultBehaviours.registry();
        TerrainCatalog terrains = GeoTerrains.catalog();
        ScenarioSource source = ScenarioSource.load(nameOrFile, registry, terrains);
        Scenario s = seed == null ? source.scenario() : source.scenario().withSeed(seed);
        Terrain terrain = terrains.load(s.terrain().dataset(), s.terrain().crs()).orElseThrow();
        FrontierModel model = new FrontierModel(s, terrain, registry)
                .moveThreads(Runtime.getRuntime().availableProcessors());
        return new Opened(new FrontierGui(model, source.label()), s.time().totalSteps());
    }

    private static boolean isCrowd(String nameOrFile) throws ScenarioException, IOException {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            return Files.size(file) <= ScenarioLoader.MAX_FILE_BYTES
                    && CrowdScenarioLoader.isCrowdScenario(file.getFileName().toString(), Files.readString(file));
        }
        var entry = BundledScenarios.find(nameOrFile);
        if (entry.isEmpty()) {
            List<String> names = BundledScenarios.list().stream().map(BundledScenarios.Entry::name).toList();
            throw ScenarioException.of(new ScenarioProblem(nameOrFile, 0, "--scenario",
                    "no such file, and no bundled scenario of that name" + Suggestions.didYouMean(nameOrFile, names)
                            + "; bundled scenarios: " + String.join(", ", names)));
        }
        return entry.get().kind() == BundledScenarios.Kind.CROWD;
    }
}
