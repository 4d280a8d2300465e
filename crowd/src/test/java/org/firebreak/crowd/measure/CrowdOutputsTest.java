package org.firebreak.crowd.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

class CrowdOutputsTest {
    private static final List<String> FILES = List.of(CrowdMeasurement.DENSITY, CrowdMeasurement.FLOW,
            GridDensity.FILE, CrowdMeasurement.EXPOSURE, TrajectoryRecorder.CSV, TrajectoryRecorder.GEOJSON);

    private static CrowdMeasureConfig config() {
        return CrowdMeasureConfig.defaults(new Envelope(0, 6, -3, 6))
                .withAreas(List.of(new MeasurementArea("centre", Crowds.box(2, 1, 4, 3))))
                .withLines(List.of(new MeasurementLine("y=2", 0, 2, 6, 2)))
                .withTrajectories(0.5, true);
    }

    /** A 10 × 10 lattice 0.5 m apart walking +y at 0.8 m/s for 3 s, observed every 0.1 s. */
    private static CrowdMeasurement run() {
        CrowdMeasurement m = new CrowdMeasurement(config());
        Crowds.State s0 = Crowds.square(10, 0.5);
        int n = s0.count();
        double[] y = new double[n];
        double[] vy = new double[n];
        java.util.Arrays.fill(vy, 0.8);
        for (int k = 0; k <= 30; k++) {
            double t = k * 0.1;
            for (int i = 0; i < n; i++) {
                y[i] = s0.y()[i] - 2 + 0.8 * t;
            }
            m.observe(t, n, s0.ids(), s0.x(), y, new double[n], vy);
        }
        return m;
    }

    @Test
    void sameObservationsGiveByteIdenticalFiles(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        run().write(a);
        run().write(b);
        for (String f : FILES) {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
    }

    @Test
    void filesHoldTheDocumentedColumnsAndTheFiguresOfTheRun(@TempDir Path dir) throws IOException {
        CrowdMeasurement m = run();
        m.write(dir);
        List<String> density = Files.readAllLines(dir.resolve(CrowdMeasurement.DENSITY));
        assertThat(density.get(0)).isEqualTo("bin_start_s,bin_end_s,area,classic_density_per_m2,"
                + "classic_speed_m_per_s,voronoi_density_per_m2,voronoi_speed_m_per_s");
        // bins [0, 1), [1, 2), [2, 3), [3, 4): the last holds the observation at 3 s
        assertThat(density).hasSize(5);
        List<String> flow = Files.readAllLines(dir.resolve(CrowdMeasurement.FLOW));
        assertThat(flow.get(0)).isEqualTo("bin_start_s,bin_end_s,line,crossings_positive,crossings_negative,"
                + "cumulative_net,flow_per_s,specific_flow_per_m_s,mean_speed_m_per_s");
        // the lattice's rows start at y = -1.75 .. 2.75 and move 2.4 m: rows below y = 2 that reach it
        // are those starting at -0.25 .. 1.75, five rows of ten
        assertThat(flow.get(flow.size() - 1)).contains(",50,");
        assertThat(m.lines().net(0)).isEqualTo(50);
        List<String> exposure = Files.readAllLines(dir.resolve(CrowdMeasurement.EXPOSURE));
        assertThat(exposure.get(0)).isEqualTo("id,observed_s,max_density_per_m2,seconds_above_4,seconds_above_6");
        assertThat(exposure).hasSize(101);
        List<String> traj = Files.readAllLines(dir.resolve(TrajectoryRecorder.CSV));
        assertThat(traj.get(0)).isEqualTo("time_s,id,x,y,vx,vy");
        // samples at 0, 0.5, ..., 3 s: 7 × 100 persons
        assertThat(traj).hasSize(1 + 700);
        assertThat(traj.get(1)).isEqualTo("0.000,0,0.250,-1.750,0.000,0.800");
        JsonNode geo = new ObjectMapper().readTree(dir.resolve(TrajectoryRecorder.GEOJSON).toFile());
        assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geo.get("features")).hasSize(100);
        JsonNode first = geo.get("features").get(0);
        assertThat(first.get("geometry").get("type").asText()).isEqualTo("LineString");
        assertThat(first.get("geometry").get("coordinates")).hasSize(7);
        assertThat(first.get("geometry").get("coordinates").get(6).get(1).asDouble())
                .isCloseTo(-1.75 + 2.4, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aFailedWriteLeavesNoPartialFileAndTheTargetAsItWas(@TempDir Path dir) throws IOException {
        // flow.csv cannot replace a non-empty directory of that name: the write fails at the rename
        Path blocker = Files.createDirectory(dir.resolve(CrowdMeasurement.FLOW));
        Files.writeString(blocker.resolve("keep.txt"), "x");
        CrowdMeasurement m = run();
        assertThatThrownBy(() -> m.write(dir)).isInstanceOf(IOException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".partial"))
                    .contains(CrowdMeasurement.DENSITY) // written completely before the failure
                    .doesNotContain(GridDensity.FILE, CrowdMeasurement.EXPOSURE); // never started
        }
        assertThat(Files.isDirectory(blocker)).isTrue();
        assertThat(Files.readString(blocker.resolve("keep.txt"))).isEqualTo("x");
        assertThat(Files.readAllLines(dir.resolve(CrowdMeasurement.DENSITY))).hasSize(5);
    }

    @Test
    void summaryCarriesPeakFlowMaxDensityAndExposure() {
        CrowdSummary s = run().summary();
        assertThat(s.lines()).hasSize(1);
        assertThat(s.lines().get(0).netCrossings()).isEqualTo(50);
        // 0.8 m/s over rows 0.5 m apart: a row of ten crosses every 0.625 s, so a 1 s bin holds one or two rows
        assertThat(s.lines().get(0).peakFlow()).isEqualTo(20.0);
        assertThat(s.lines().get(0).peakSpecificFlow()).isEqualTo(20.0 / 6);
        // a 0.5 m square lattice: 4 per m² in a fully covered area
        assertThat(s.areas().get(0).maxVoronoiDensity()).isCloseTo(4.0, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(s.areas().get(0).maxClassicDensity()).isGreaterThanOrEqualTo(4.0);
        assertThat(s.exposure()).hasSize(2);
        assertThat(s.toMap()).containsKeys("max_grid_density_per_m2", "areas", "lines", "exposure");
    }
}
