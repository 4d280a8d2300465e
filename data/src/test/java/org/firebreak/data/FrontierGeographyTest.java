package org.firebreak.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.firebreak.data.FrontierFiles.Feature;
import org.firebreak.data.FrontierFiles.Grid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Checks the shipped frontier files against figures from outside the code: published border
 * lengths, known heights of cities, and the rules the dataset promises (crossings on their
 * border, towns in the right countries).
 */
class FrontierGeographyTest {
    // CIA World Factbook, Iraq, land boundaries.
    private static final double IRAN_IRAQ_KM = 1_599;
    private static final double IRAQ_SYRIA_KM = 599;
    private static final double LENGTH_TOLERANCE = 0.05;

    private static Map<String, Feature> countries;
    private static Map<String, Feature> borders;
    private static Map<String, Feature> places;
    private static List<Feature> crossings;
    private static Grid elevation;

    @BeforeAll
    static void read() {
        countries = FrontierFiles.byProperty("countries.geojson", "iso3");
        borders = FrontierFiles.byProperty("borders.geojson", "id");
        places = FrontierFiles.byProperty("places.geojson", "id");
        crossings = FrontierFiles.features("crossings.geojson");
        elevation = new Grid("elevation.asc");
    }

    @Test
    void borderLengthsAgreeWithTheFactbook() {
        double iranIraq = FrontierFiles.geodesicKm(borders.get("IRN-IRQ").geometry());
        double iraqSyria = FrontierFiles.geodesicKm(borders.get("IRQ-SYR").geometry());
        assertThat(iranIraq).isCloseTo(IRAN_IRAQ_KM, within(IRAN_IRAQ_KM * LENGTH_TOLERANCE));
        assertThat(iraqSyria).isCloseTo(IRAQ_SYRIA_KM, within(IRAQ_SYRIA_KM * LENGTH_TOLERANCE));
        // the property written by the build agrees with the geometry
        assertThat(borders.get("IRN-IRQ").properties().get("length_km").asDouble()).isCloseTo(iranIraq, within(0.1));
        assertThat(borders.get("IRQ-SYR").properties().get("length_km").asDouble()).isCloseTo(iraqSyria, within(0.1));
    }

    @Test
    void bordersAreNamedByTheirCountriesAndRunBetweenThem() {
        for (Feature b : borders.values()) {
            String[] pair = b.text("id").split("-");
            assertThat(pair).hasSize(2);
            assertThat(pair[0].compareTo(pair[1])).as(b.text("id")).isNegative();
            assertThat(b.properties().get("countries").toString())
                    .isEqualTo("[\"" + pair[0] + "\",\"" + pair[1] + "\"]");
            for (String a3 : pair) {
                assertThat(countries.get(a3).geometry().distance(b.geometry().getCentroid()))
                        .as("%s lies along %s", b.text("id"), a3).isLessThan(2.0);
            }
        }
        assertThat(borders).containsKeys("IRN-IRQ", "IRQ-SYR", "IRQ-TUR", "IRQ-JOR", "IRQ-SAU", "IRQ-KWT");
        assertThat(countries).containsKeys("IRN", "IRQ", "SYR", "TUR", "SAU", "KWT", "JOR");
    }

    @Test
    void citiesStandAtTheirKnownHeights() {
        assertThat(height("baghdad")).as("Baghdad").isLessThan(100);
        assertThat(height("basra")).as("Basra").isLessThan(20);
        assertThat(height("kermanshah")).as("Kermanshah").isGreaterThan(1_000);
        assertThat(height("erbil")).as("Erbil").isBetween(300.0, 800.0);
    }

    @Test
    void theIranianZagrosRisesAbove2500Metres() {
        PreparedGeometry iran = PreparedGeometryFactory.prepare(countries.get("IRN").geometry());
        double max = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < elevation.nrows; row++) {
            for (int col = 0; col < elevation.ncols; col++) {
                double lon = elevation.lon(col);
                double lat = elevation.lat(row);
                if (lon >= 45 && lon <= 50 && lat >= 30 && lat <= 37
                        && iran.covers(FrontierFiles.GF.createPoint(new Coordinate(lon, lat)))) {
                    max = Math.max(max, elevation.rowsFromNorth[row][col]);
                }
            }
        }
        assertThat(max).isGreaterThan(2_500);
    }

    @Test
    void everyOfficialCrossingLiesOnItsBorderBetweenItsTowns() {
        List<String> expected = List.of("haji-omaran", "penjwen", "parviz-khan", "al-munthiriya", "zurbatiyah",
                "al-sheeb", "shalamcheh", "al-qaim", "rabia", "al-waleed", "faysh-khabur");
        List<Feature> official = crossings.stream().filter(c -> "official".equals(c.text("kind"))).toList();
        assertThat(official).extracting(c -> c.text("id")).containsExactlyElementsOf(expected);
        for (Feature c : official) {
            String id = c.text("id");
            String border = c.text("border");
            assertThat(border).as(id).isIn("IRN-IRQ", "IRQ-SYR");
            Point at = FrontierFiles.point(c);
            assertThat(FrontierFiles.distanceToLineKm(at.getCoordinate(), borders.get(border).geometry()))
                    .as("%s: km to border %s", id, border).isLessThan(2.0);
            String neighbour = border.replace("IRQ", "").replace("-", "");
            assertThat(countries.get("IRQ").geometry().covers(FrontierFiles.point(places.get(c.text("iraq_town")))))
                    .as("%s: %s in Iraq", id, c.text("iraq_town")).isTrue();
            assertThat(countries.get(neighbour).geometry()
                    .covers(FrontierFiles.point(places.get(c.text("other_town")))))
                    .as("%s: %s in %s", id, c.text("other_town"), neighbour).isTrue();
            assertThat(c.text("iraq_side")).isNotBlank();
            assertThat(c.text("other_side")).isNotBlank();
            assertThat(c.text("derivation")).contains(border).contains(c.text("other_town"));
        }
    }

    @Test
    void informalCandidatesAreDerivedAndSayHow() {
        List<Feature> informal = crossings.stream().filter(c -> "informal".equals(c.text("kind"))).toList();
        assertThat(informal.size()).isBetween(10, 150);
        for (Feature c : informal) {
            assertThat(c.text("derivation")).contains("not an observed crossing");
            assertThat(FrontierFiles.distanceToLineKm(FrontierFiles.point(c).getCoordinate(),
                    borders.get(c.text("border")).geometry())).isLessThan(0.01);
        }
    }

    @Test
    void keyPlacesArePresentWithAPopulation() {
        Map<String, String> expected = Map.of("baghdad", "Baghdad", "basra", "Basra", "mosul", "Mosul",
                "erbil", "Erbil", "kermanshah", "Kermanshah", "ilam", "Ilam", "ahvaz", "Ahvaz",
                "deir-ez-zor", "Deir ez-Zor");
        expected.forEach((id, name) -> {
            assertThat(places).as(name).containsKey(id);
            Feature p = places.get(id);
            assertThat(p.text("name")).isEqualTo(name);
            assertThat(p.properties().get("population").asLong()).as("population of %s", name).isPositive();
        });
        places.values().forEach(p -> assertThat(p.text("id")).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void roadsAreSchematicLinksBetweenShippedPlaces() {
        for (Feature r : FrontierFiles.features("roads.geojson")) {
            assertThat(r.text("kind")).isEqualTo("schematic");
            assertThat(places).containsKeys(r.text("from"), r.text("to"));
            assertThat(r.properties().get("length_km").asDouble())
                    .isCloseTo(FrontierFiles.geodesicKm(r.geometry()), within(0.1));
        }
    }

    @Test
    void everyVectorLayerStaysInTheRegion() {
        Envelope region = new Envelope(38, 50, 28, 38);
        for (String file : List.of("countries.geojson", "borders.geojson", "rivers.geojson", "lakes.geojson",
                "places.geojson", "crossings.geojson", "roads.geojson")) {
            for (Feature f : FrontierFiles.features(file)) {
                assertThat(region.covers(f.geometry().getEnvelopeInternal())).as(file).isTrue();
                assertThat(f.geometry().isValid()).as("valid geometry in %s", file).isTrue();
            }
        }
    }

    private static double height(String placeId) {
        Point p = FrontierFiles.point(places.get(placeId));
        return elevation.at(p.getX(), p.getY()).orElseThrow();
    }
}
