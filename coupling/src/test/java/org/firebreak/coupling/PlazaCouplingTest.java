package org.firebreak.coupling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.crowd.CrowdGeometry;
import org.firebreak.crowd.CrowdSettings;
import org.firebreak.crowd.Gate;
import org.firebreak.crowd.Point;
import org.firebreak.crowd.Polygon;
import org.firebreak.crowd.Segment;
import org.firebreak.crowd.ServiceTime;
import org.firebreak.crowd.Sink;
import org.firebreak.crowd.SocialForceModel;
import org.firebreak.crowd.Source;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.engine.Events;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.engine.Phase;
import org.firebreak.frontier.engine.StepObserver;
import org.firebreak.frontier.engine.TestScenarios;
import org.firebreak.frontier.scenario.CrossingCapacity;
import org.firebreak.frontier.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * One crossing of a regional run simulated at crowd scale: people hand over both ways, none lost
 * or duplicated, and with the crossing uncongested its plaza passes as many people as the regional
 * queue did.
 */
class PlazaCouplingTest {
    private static final String NORTH = "north-crossing";
    private static final double HOURS = 30;

    /**
     * A 30 m x 20 m plaza: people enter at the east end, queue at a booth line across the plaza
     * at x = 12 m (its lanes and service come from the regional capacity) and leave at the west end.
     */
    static CrowdGeometry plaza() {
        return CrowdGeometry.builder()
                .wall(0, 0, 30, 0, 30, 20, 0, 20, 0, 0)
                .gate(new Gate("booths", new Segment(12, 20, 12, 0), 1, ServiceTime.exponential(60)))
                .source(new Source("arrivals", Polygon.rectangle(26, 2, 29, 18), 0, List.of("booths", "exit")))
                .sink(new Sink("exit", Polygon.rectangle(0.5, 0.5, 3, 19.5)))
                .build();
    }

    private static Scenario withNorth(CrossingCapacity north) {
        Scenario base = TestScenarios.small(11, HOURS);
        Map<String, CrossingCapacity> caps = new LinkedHashMap<>(base.crossings());
        caps.put(NORTH, north);
        return new Scenario(base.version(), base.name(), base.description(), base.seed(), base.terrain(), base.time(),
                base.agents(), caps, base.sources(), base.guards());
    }

    private record Outcome(FrontierModel model, List<Long> crossedNorth, List<Long> queuedNorth, List<String> turnedAway) {
    }

    private static Outcome run(Scenario s, boolean withPlaza) {
        FrontierModel m = new FrontierModel(s, new SyntheticTerrain(), DefaultBehaviours.registry());
        if (withPlaza) {
            m.screening(NORTH, PlazaScreening.factory(plaza(), CrowdSettings.defaults().withTimeStep(0.02),
                    SocialForceModel.defaults(), "arrivals"));
        }
        Outcome o = new Outcome(m, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        m.addEventSink((t, agent, event, detail) -> {
            if (event.equals(Events.CROSSED) && detail.equals(NORTH)) {
                o.crossedNorth.add(agent.id());
            } else if (event.equals("queued") && detail.equals(NORTH)) {
                o.queuedNorth.add(agent.id());
            } else if (event.equals(Events.TURNED_AWAY)) {
                o.turnedAway.add(detail);
            }
        });
        if (withPlaza) {
            m.addObserver(new StepObserver() {
                @Override
                public void beforePhase(FrontierModel model, Phase phase) {
                    PlazaScreening p = (PlazaScreening) model.queues().get(NORTH);
                    assertThat(p.accounted()).as("plaza accounts for everyone after %s at step %d", phase, model.steps())
                            .isTrue();
                }
            });
        }
        m.start();
        m.runSteps(s.time().totalSteps());
        return o;
    }

    @Test
    void uncongestedThePlazaPassesWhatTheRegionalQueuePassesAndNoOneIsLostOrDuplicated() {
        // 10 lanes x 30 s: 1,200 per hour, far above what reaches the north crossing
        Scenario s = withNorth(new CrossingCapacity(10, 30));
        Outcome regional = run(s, false);
        Outcome coupled = run(s, true);

        assertThat(regional.crossedNorth).hasSizeGreaterThan(100);
        double ratio = (double) coupled.crossedNorth.size() / regional.crossedNorth.size();
        System.getLogger(PlazaCouplingTest.class.getName()).log(System.Logger.Level.INFO,
                "north crossing over {0} h: regional queue passed {1}, plaza {2} (ratio {3})", HOURS,
                regional.crossedNorth.size(), coupled.crossedNorth.size(), ratio);
        assertThat(ratio).as("plaza throughput / regional queue throughput").isBetween(0.9, 1.1);

        // nobody crosses twice, and everyone who queued has crossed, is still in the plaza or was held
        Set<Long> crossed = new HashSet<>(coupled.crossedNorth);
        assertThat(crossed).hasSameSizeAs(coupled.crossedNorth);
        PlazaScreening plaza = (PlazaScreening) coupled.model.queues().get(NORTH);
        assertThat(plaza.joined()).isEqualTo(coupled.queuedNorth.size());
        assertThat(plaza.handedBack() + plaza.plaza().count() + plaza.plaza().pending())
                .isEqualTo(plaza.joined());
        assertThat(coupled.queuedNorth).containsAll(coupled.crossedNorth);
    }

    @Test
    void aClosureTurnsAwayThoseWaitingInThePlazaAndNobodyCrossesWhileClosed() {
        // one slow lane makes a queue; the crossing closes from 18 h to 24 h
        Scenario s = withNorth(new CrossingCapacity(1, 600, 0.3, 18, 24));
        List<double[]> times = new ArrayList<>();
        FrontierModel m = new FrontierModel(s, new SyntheticTerrain(), DefaultBehaviours.registry());
        m.screening(NORTH, PlazaScreening.factory(plaza(), CrowdSettings.defaults().withTimeStep(0.02),
                SocialForceModel.defaults(), "arrivals"));
        List<String> turnedAway = new ArrayList<>();
        m.addEventSink((t, agent, event, detail) -> {
            if (event.equals(Events.CROSSED) && detail.equals(NORTH)) {
                times.add(new double[] {t});
            } else if (event.equals(Events.TURNED_AWAY)) {
                turnedAway.add(detail);
            }
        });
        m.start();
        m.runSteps(s.time().totalSteps());
        PlazaScreening plaza = (PlazaScreening) m.queues().get(NORTH);
        assertThat(plaza.accounted()).isTrue();
        assertThat(turnedAway).isNotEmpty().allMatch(NORTH::equals);
        // people screened before the closure may still be walking out of the plaza in its first minutes
        assertThat(times).noneMatch(t -> t[0] > 18 * 3600 + 600 && t[0] <= 24 * 3600 + 1e-9);
        assertThat(times).anyMatch(t -> t[0] > 24 * 3600);
    }
}
