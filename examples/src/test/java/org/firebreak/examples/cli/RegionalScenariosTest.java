package org.firebreak.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.engine.StepObserver;
import org.firebreak.frontier.run.FrontierRun;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.SourceSpec;
import org.firebreak.geo.FrontierDataset;
import org.firebreak.geo.GeoTerrains;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped regional scenarios on the real terrain: conservation, determinism, and the firebreak question. */
class RegionalScenariosTest {
    private static final List<String> DETERMINISTIC = List.of("summary.json", "timeseries.csv", "events.csv",
            "crossings.csv", "sectors.csv");
    private static Terrain frontier;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        frontier = FrontierDataset.load();
    }

    private static Scenario bundled(String name) throws Exception {
        return ScenarioSource.load(name, DefaultBehaviours.registry(), GeoTerrains.catalog()).scenario();
    }

    @Test
    void everyAgentIsInExactlyOneStateAtEveryStepAndTheForceTotalHolds() throws Exception {
        Scenario s = bundled("collapse-firebreak").withDurationHours(8);
        FrontierModel m = new FrontierModel(s, frontier, DefaultBehaviours.registry());
        long[] checked = {0};
        m.addObserver(new StepObserver() {
            @Override
            public void afterStep(FrontierModel model) {
                Map<AgentType, Map<AgentState, Long>> counts = model.counts();
                for (AgentType t : AgentType.values()) {
                    assertThat(counts.get(t).values().stream().mapToLong(Long::longValue).sum())
                            .as("%s at step %d", t, model.steps()).isEqualTo(model.created(t));
                }
                assertThat(model.guardStrength().values().stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(model.created(AgentType.GUARD));
                checked[0]++;
            }
        });
        m.start();
        m.runSteps(s.time().totalSteps());
        assertThat(checked[0]).isEqualTo(8 * 60);
        Set<Long> ids = new HashSet<>();
        for (Agent a : m.agents()) {
            assertThat(ids.add(a.id())).isTrue();
        }
        // 6 h in, the concentration order moved 60 guards from the Syria patrols to the south
        assertThat(m.guardStrength()).containsEntry("syria-north-patrol", 30L).containsEntry("syria-south-patrol", 30L)
                .containsEntry("southern-reinforcement", 300L);
        assertThat(m.created(AgentType.REFUGEE)).isPositive();
    }

    @Test
    void sameSeedGivesByteIdenticalOutputsAlsoWhenRunsShareTheMachine() throws Exception {
        Scenario s = bundled("western-pressure").withDurationHours(4);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Path>> runs = new ArrayList<>();
            for (String name : List.of("a", "b")) {
                runs.add(pool.submit(() -> {
                    Path dir = tmp.resolve(name);
                    FrontierRun.builder(s, frontier).outputDirectory(dir).run();
                    return dir;
                }));
            }
            Path a = runs.get(0).get();
            Path b = runs.get(1).get();
            for (String f : DETERMINISTIC) {
                assertThat(Files.mismatch(a.resolve(f), b.resolve(f))).as(f).isEqualTo(-1);
            }
            assertThat(Files.readString(a.resolve("summary.json"))).contains("\"seed\" : " + s.seed());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void overFiveSeedsTheFirebreakApprehendsMoreFightersThanThePassiveResponse() throws Exception {
        // The two files share their sources; they differ in the border force. Fighters'
        // apprehensions depend on refugees only through the queues where some fighters blend in,
        // so the refugees are left out here to keep the test short; the comparison on
        // the full files is reported with the command that makes it.
        Scenario passive = withoutRefugees(bundled("collapse-passive"));
        Scenario firebreak = withoutRefugees(bundled("collapse-firebreak"));
        long passiveTotal = 0;
        long firebreakTotal = 0;
        for (long seed = 1; seed <= 5; seed++) {
            passiveTotal += apprehendedFighters(passive.withSeed(seed));
            firebreakTotal += apprehendedFighters(firebreak.withSeed(seed));
        }
        assertThat(passiveTotal).isPositive();
        assertThat(firebreakTotal).isGreaterThan(passiveTotal);
    }

    private static Scenario withoutRefugees(Scenario s) {
        List<SourceSpec> fighters = s.sources().stream().filter(x -> x.type() == AgentType.FIGHTER).toList();
        return new Scenario(s.version(), s.name(), s.description(), s.seed(), s.terrain(), s.time(), s.agents(),
                s.crossings(), fighters, s.guards(), s.reallocations(), s.camps());
    }

    private static long apprehendedFighters(Scenario s) {
        FrontierModel m = new FrontierModel(s, frontier, DefaultBehaviours.registry());
        m.start();
        m.runSteps(s.time().totalSteps());
        return m.counts().get(AgentType.FIGHTER).get(AgentState.APPREHENDED);
    }
}
