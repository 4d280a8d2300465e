package org.firebreak.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.firebreak.core.terrain.CostSurface;
import org.firebreak.core.terrain.MapTerrain;
import org.firebreak.core.terrain.TerrainSpeeds;
import org.firebreak.geo.GeoTerrains;
import org.locationtech.jts.geom.Envelope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The terrain queries of the movement hot loop: elevation (bilinear) plus the speed factor
 * of the cost-surface cell, at random points of the bundled region. One operation is one
 * pair of lookups.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar TerrainQueryBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// the JIT settles late on this loop: short warm-ups measured 40% below the steady state
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(1)
public class TerrainQueryBenchmark {
    private static final int POINTS = 4096;

    private MapTerrain terrain;
    private CostSurface surface;
    private final double[] xs = new double[POINTS];
    private final double[] ys = new double[POINTS];

    /** Loads the region and draws the query points (fixed seed). */
    @Setup
    public void setUp() {
        terrain = (MapTerrain) GeoTerrains.catalog().load(GeoTerrains.DEFAULT_DATASET).orElseThrow();
        surface = CostSurface.build(terrain, 1000, TerrainSpeeds.defaults());
        Envelope b = terrain.bounds();
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < POINTS; i++) {
            xs[i] = b.getMinX() + r.nextDouble() * b.getWidth();
            ys[i] = b.getMinY() + r.nextDouble() * b.getHeight();
        }
    }

    /** @return a sum of the answers, so the JIT cannot drop the work */
    @Benchmark
    @OperationsPerInvocation(POINTS)
    public double elevationAndSpeedFactor() {
        double sum = 0;
        for (int i = 0; i < POINTS; i++) {
            sum += terrain.elevation(xs[i], ys[i]) + surface.factorAt(xs[i], ys[i]);
        }
        return sum;
    }
}
