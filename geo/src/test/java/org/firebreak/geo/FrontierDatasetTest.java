package org.firebreak.geo;

import org.firebreak.geo.io.SimulationCrs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import org.firebreak.core.navigation.NavigationField;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.CostSurface;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.ElevationGrid;
import org.firebreak.core.terrain.MapTerrain;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.TerrainSpeeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** The bundled frontier terrain as the model sees it, checked against published figures. */
class FrontierDatasetTest {
    private static MapTerrain terrain;

    @BeforeAll
    static void load() {
        terrain = FrontierDataset.load();
    }

    private static double km(String border) {
        Border b = terrain.border(border).orElseThrow();
        return TerrainReport.geodesicMetres(b.line(), SimulationCrs.frontier()) / 1000;
    }

    @Test
    void borderLengthsAgreeWithTheWorldFactbook() {
        // CIA World Factbook: Iran-Iraq 1,599 km, Iraq-Syria 599 km
        assertThat(km("IRN-IRQ")).isCloseTo(1599, within(0.05 * 1599));
        assertThat(km("IRQ-SYR")).isCloseTo(599, within(0.05 * 599));
    }

    @Test
    void everyOfficialCrossingOfTheBriefLiesOnItsBorderWithinTwoKilometres() {
        List<String> iranIraq = List.of("haji-omaran", "penjwen", "parviz-khan", "al-munthiriya", "zurbatiyah",
                "al-sheeb", "shalamcheh");
        List<String> iraqSyria = List.of("al-qaim", "rabia", "al-waleed", "faysh-khabur");
        for (String id : iranIraq) {
            assertOnBorder(id, "IRN-IRQ");
        }
        for (String id : iraqSyria) {
            assertOnBorder(id, "IRQ-SYR");
        }
    }

    private static void assertOnBorder(String id, String border) {
        Crossing c = terrain.crossing(id).orElseThrow(() -> new AssertionError("no crossing " + id));
        assertThat(c.official()).as(id).isTrue();
        assertThat(c.borderId()).as(id).isEqualTo(border);
        assertThat(terrain.border(border).orElseThrow().distance(c.x(), c.y())).as(id).isLessThan(2000);
    }

    @Test
    void spotElevationsAndTheZagrosMatchTheElevationModel() {
        assertThat(elevationAt("baghdad")).isLessThan(100);
        assertThat(elevationAt("basra")).isLessThan(20);
        assertThat(elevationAt("kermanshah")).isGreaterThan(1000);
        ElevationGrid g = terrain.elevationGrid();
        double highestInIran = 0;
        for (int i = 0; i < g.grid().size(); i++) {
            double z = g.cell(i);
            if (z > highestInIran && terrain.countryAt(g.grid().centreX(i), g.grid().centreY(i))
                    .filter("IRN"::equals).isPresent()) {
                highestInIran = z;
            }
        }
        assertThat(highestInIran).isGreaterThan(2500);
    }

    private static double elevationAt(String place) {
        Place p = terrain.place(place).orElseThrow();
        return terrain.elevation(p.x(), p.y());
    }

    @Test
    void walkingFromBaghdadToZurbatiyahTakesAboutTheDistanceAtToblersFlatSpeed() {
        Place baghdad = terrain.place("baghdad").orElseThrow();
        Crossing zurbatiyah = terrain.crossing("zurbatiyah").orElseThrow();
        CostSurface surface = CostSurface.build(terrain, 1000, TerrainSpeeds.defaults());
        NavigationField field = NavigationField.build(surface, "zurbatiyah",
                List.of(new Coordinate(zurbatiyah.x(), zurbatiyah.y())), 1.0);
        double seconds = field.secondsAt(baghdad.x(), baghdad.y());

        // independent expectation: the geodesic between the two (GeographicLib on WGS84) walked
        // at Tobler's speed; the way runs over the Mesopotamian plain, so nearly flat
        double[] a = SimulationCrs.frontier().toLonLat(baghdad.x(), baghdad.y());
        double[] b = SimulationCrs.frontier().toLonLat(zurbatiyah.x(), zurbatiyah.y());
        double metres = Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12;
        double flat = metres / (6 * Math.exp(-3.5 * 0.05) / 3.6);
        double fastest = metres / (6 / 3.6);
        assertThat(seconds).isGreaterThan(fastest);
        // an 8-connected grid adds at most 8.2% to a straight line; allow gentle relief on top
        assertThat(seconds).isBetween(flat * 0.98, flat * 1.15);
    }
}
