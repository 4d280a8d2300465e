package org.firebreak.core.random;

import ec.util.MersenneTwisterFast;
import java.nio.charset.StandardCharsets;

/**
 * Derives independent, reproducible random streams from the run's one seed.
 *
 * <p>Every consumer of randomness (a source, a crossing, the detection law) owns its own
 * stream, named by a stable string. The stream's seed mixes the run seed with the name, so
 * adding a consumer never shifts the numbers another consumer draws, and the order in which
 * consumers are stepped never changes what each draws.
 */
public final class RandomStreams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long seed;

    /** @param seed the run's seed */
    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** @return the run's seed */
    public long seed() {
        return seed;
    }

    /**
     * @param name a stable name, such as {@code "source:east-town"}
     * @return a new generator whose sequence depends only on the seed and the name
     */
    public MersenneTwisterFast stream(String name) {
        return new MersenneTwisterFast(derive(seed, name));
    }

    /**
     * Mixes a seed with a name (FNV-1a over the UTF-8 bytes, then SplitMix64 finalisation).
     *
     * @param seed the base seed
     * @param name the stream name
     * @return the derived seed
     */
    public static long derive(long seed, String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return splitMix64(seed ^ splitMix64(h));
    }

    private static long splitMix64(long x) {
        long z = x + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
