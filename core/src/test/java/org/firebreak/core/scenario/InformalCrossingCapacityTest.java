package org.firebreak.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.CrossingKind;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.TerrainCatalog;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class InformalCrossingCapacityTest {

    /** The synthetic terrain with one informal crossing (a ford) added. */
    private static final class WithFord implements Terrain {
        private final Terrain base = new SyntheticTerrain();

        @Override
        public String dataset() {
            return "with-ford";
        }

        @Override
        public Envelope bounds() {
            return base.bounds();
        }

        @Override
        public double elevation(double x, double y) {
            return base.elevation(x, y);
        }

        @Override
        public Optional<String> countryAt(double x, double y) {
            return base.countryAt(x, y);
        }

        @Override
        public List<Border> borders() {
            return base.borders();
        }

        @Override
        public List<Crossing> crossings() {
            List<Crossing> all = new ArrayList<>(base.crossings());
            all.add(new Crossing("ford", "A ford", 100_000, 60_000, CrossingKind.INFORMAL, "IRN-IRQ"));
            return all;
        }

        @Override
        public List<Place> places() {
            return base.places();
        }
    }

    @Test
    void screeningCapacityForAnInformalCrossingIsRefused() {
        TerrainCatalog catalog = TerrainCatalog.withBuiltIns().register("with-ford", "test", WithFord::new);
        ScenarioLoader loader = new ScenarioLoader(ScenarioFiles.REGISTRY, catalog);
        String text = """
                version: 1
                name: test
                description: a test scenario
                seed: 1
                terrain:
                  dataset: with-ford
                crossings:
                  ford: {lanes: 2, service_seconds_mean: 60}
                  north-crossing: {lanes: 2, service_seconds_mean: 60}
                """;
        List<ScenarioProblem> problems = ScenarioFiles.problems(loader, "f.yaml", text);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).isEqualTo("f.yaml:8: crossings.ford: crossing 'ford' is informal: "
                + "only official crossings have screening lanes; official crossings: north-crossing, south-crossing");
    }
}
