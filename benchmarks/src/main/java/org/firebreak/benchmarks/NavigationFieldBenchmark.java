package org.firebreak.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.firebreak.core.navigation.NavigationField;
import org.firebreak.core.terrain.CostSurface;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.TerrainSpeeds;
import org.firebreak.geo.GeoTerrains;
import org.locationtech.jts.geom.Coordinate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One travel-time field over the whole bundled region: Dijkstra over the 8-connected cost
 * surface at 1 km cells (about 1,100 x 1,100), toward Baghdad.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar NavigationFieldBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class NavigationFieldBenchmark {
    /** Cell size of the cost surface, metres. */
    @Param({"1000"})
    public double cellSize;

    private CostSurface surface;
    private Coordinate goal;

    /** Loads the bundled region and builds its cost surface once. */
    @Setup
    public void setUp() {
        Terrain terrain = GeoTerrains.catalog().load(GeoTerrains.DEFAULT_DATASET).orElseThrow();
        surface = CostSurface.build(terrain, cellSize, TerrainSpeeds.defaults());
        Place baghdad = terrain.place("baghdad").orElseThrow();
        goal = new Coordinate(baghdad.x(), baghdad.y());
    }

    /** @return the field, so the JIT cannot drop the work */
    @Benchmark
    public NavigationField buildField() {
        return NavigationField.build(surface, "baghdad", List.of(goal), 1.0);
    }
}
