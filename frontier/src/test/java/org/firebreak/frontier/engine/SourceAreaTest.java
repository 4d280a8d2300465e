package org.firebreak.frontier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.firebreak.core.terrain.GeoReference;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.frontier.scenario.AgentSettings;
import org.firebreak.frontier.scenario.GroupSize;
import org.firebreak.frontier.scenario.LonLat;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.SourceSpec;
import org.firebreak.frontier.scenario.TerrainSpec;
import org.firebreak.frontier.scenario.TimeSettings;
import org.junit.jupiter.api.Test;

/** People appear uniformly inside a source's polygon, given in degrees. */
class SourceAreaTest {
    private static final SyntheticTerrain TERRAIN = new SyntheticTerrain();

    private static Scenario from(List<LonLat> area) {
        return new Scenario(1, "area", "people appear in a polygon", 3, TerrainSpec.of("synthetic"),
                new TimeSettings(60, 0.1), AgentSettings.defaults(), Map.of(),
                List.of(new SourceSpec("s", AgentType.REFUGEE, "east-town", 0, 0, 0, 2000, GroupSize.fixed(1),
                        "west-city", TestScenarios.refugeeBehaviours(), List.of(), List.of(), 0, area)), List.of());
    }

    private static LonLat at(GeoReference ref, double x, double y) {
        double[] ll = ref.lonLat(x, y);
        return new LonLat(ll[0], ll[1]);
    }

    @Test
    void peopleAppearUniformlyInsideTheArea() {
        // a 40 km square east of the ridge, given by its corners' longitudes and latitudes
        GeoReference ref = TERRAIN.geoReference();
        List<LonLat> square = List.of(at(ref, 140_000, 20_000), at(ref, 180_000, 20_000), at(ref, 180_000, 60_000),
                at(ref, 140_000, 60_000));
        FrontierModel m = new FrontierModel(from(square), TERRAIN, DefaultBehaviours.registry());
        m.start();
        m.runSteps(1);
        List<Agent> people = new ArrayList<>(m.agents());
        assertThat(people).hasSize(2000);
        double sumX = 0;
        double sumY = 0;
        int left = 0;
        for (Agent a : people) {
            // positions before they move: one step of walking is under 100 m
            assertThat(a.x()).isBetween(140_000 - 100.0, 180_000 + 100.0);
            assertThat(a.y()).isBetween(20_000 - 100.0, 60_000 + 100.0);
            sumX += a.x();
            sumY += a.y();
            if (a.x() < 160_000) {
                left++;
            }
        }
        // uniform over the square: the mean is its centre, within 4 standard errors
        // (s.d. of a uniform over 40 km is 40/sqrt(12) = 11.5 km; over 2000 people 0.26 km)
        assertThat(sumX / 2000).isCloseTo(160_000, within(4 * 11_547 / Math.sqrt(2000) + 100));
        assertThat(sumY / 2000).isCloseTo(40_000, within(4 * 11_547 / Math.sqrt(2000) + 100));
        assertThat((double) left).isCloseTo(1000, within(4 * Math.sqrt(2000 * 0.25)));
    }

    @Test
    void anAreaOffTheTerrainIsRefusedWithTheSourceNamed() {
        List<LonLat> far = List.of(new LonLat(10, 10), new LonLat(11, 10), new LonLat(11, 11));
        FrontierModel m = new FrontierModel(from(far), TERRAIN, DefaultBehaviours.registry());
        assertThatThrownBy(m::start).hasMessageStartingWith("source s: its area").hasMessageContaining("outside the terrain");
    }
}
