package org.firebreak.frontier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.testing.ExtendedTerrain;
import org.firebreak.core.testing.ShiftedTerrain;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.frontier.scenario.AgentSettings;
import org.firebreak.frontier.scenario.FighterParameters;
import org.firebreak.frontier.scenario.GroupSize;
import org.firebreak.frontier.scenario.GuardDeployment;
import org.firebreak.frontier.scenario.GuardParameters;
import org.firebreak.frontier.scenario.RefugeeParameters;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.SourceSpec;
import org.firebreak.frontier.scenario.TerrainSpec;
import org.firebreak.frontier.scenario.TimeSettings;
import org.junit.jupiter.api.Test;

/** The default detection law: within range, detection over a step has probability 1 - exp(-rate dt). */
class DetectionTest {
    private static final int FIGHTERS = 2000;

    private static FrontierModel oneStep(double distanceFromPost, double ratePerHour, long seed) {
        return oneStep(new SyntheticTerrain(), distanceFromPost, ratePerHour, seed);
    }

    private static FrontierModel oneStep(Terrain base, double distanceFromPost, double ratePerHour, long seed) {
        return oneStep(base, distanceFromPost, 0, ratePerHour, seed);
    }

    private static FrontierModel oneStep(Terrain base, double distanceFromPost, double radius, double ratePerHour,
                                         long seed) {
        Crossing post = base.crossing("north-crossing").orElseThrow();
        Terrain terrain = new ExtendedTerrain(base, base.dataset(), List.of(),
                List.of(new Place("near-post", "Near the post", post.x() + distanceFromPost, post.y(), "IRN", 0)));
        Scenario s = new Scenario(1, "detection", "fighters next to one guard", seed, TerrainSpec.of("synthetic"),
                new TimeSettings(60, 1),
                new AgentSettings(RefugeeParameters.defaults(), FighterParameters.defaults(),
                        new GuardParameters(1, 0, 3000, ratePerHour)),
                Map.of(),
                List.of(new SourceSpec("f", AgentType.FIGHTER, "near-post", radius, 0, 0, FIGHTERS, GroupSize.fixed(1),
                        "west-city", TestScenarios.fighterBehaviours())),
                List.of(new GuardDeployment("post", Optional.of("north-crossing"), Optional.empty(), 1, 1,
                        TestScenarios.postBehaviours())));
        FrontierModel m = new FrontierModel(s, terrain, DefaultBehaviours.registry());
        m.start();
        m.runSteps(1);
        return m;
    }

    @Test
    void detectedShareInOneStepFollowsTheExponentialLaw() {
        double rate = 30; // per hour
        FrontierModel m = oneStep(1000, rate, 99);
        double p = 1 - Math.exp(-rate * 60 / 3600.0); // 0.393
        double sd = Math.sqrt(FIGHTERS * p * (1 - p));
        assertThat((double) m.detections()).isCloseTo(FIGHTERS * p, within(4 * sd));
        // detection starts a response; apprehension needs the team to stay in range a while
        assertThat(m.apprehensions()).isZero();
    }

    @Test
    void detectionIsTheSameWhereTerrainCoordinatesAreNegative() {
        // a projection centred on the region gives negative eastings and northings in its
        // south-west; the spatial index must find neighbours there just the same
        Terrain shifted = new ShiftedTerrain(new SyntheticTerrain(), -150_000, -100_000);
        assertThat(shifted.bounds().getMinX()).isNegative();
        FrontierModel plain = oneStep(new SyntheticTerrain(), 1000, 30, 99);
        FrontierModel moved = oneStep(shifted, 1000, 30, 99);
        assertThat(moved.detections()).isEqualTo(plain.detections()).isPositive();
    }

    @Test
    void spatialIndexFindsExactlyTheAgentsInRangeWhereCoordinatesAreNegative() {
        Terrain shifted = new ShiftedTerrain(new SyntheticTerrain(), -150_000, -100_000);
        FrontierModel m = oneStep(shifted, 0, 6000, 0, 5);
        Crossing post = shifted.crossing("north-crossing").orElseThrow();
        for (double[] q : new double[][] {{post.x(), post.y()}, {post.x() + 2500, post.y() - 1700},
            {post.x() - 3000, post.y() + 500}}) {
            long bruteForce = m.agents().stream().filter(a -> Math.hypot(a.x() - q[0], a.y() - q[1]) <= 2000).count();
            int indexed = m.field().getNeighborsExactlyWithinDistance(m.toField(q[0], q[1]), 2000).numObjs;
            assertThat(indexed).as("query at %s", java.util.Arrays.toString(q)).isEqualTo((int) bruteForce);
            assertThat(bruteForce).isPositive();
        }
    }

    @Test
    void nobodyBeyondRangeIsDetected() {
        FrontierModel m = oneStep(3500, 3600, 1);
        assertThat(m.created(AgentType.FIGHTER)).isEqualTo(FIGHTERS);
        assertThat(m.detections()).isZero();
    }
}
