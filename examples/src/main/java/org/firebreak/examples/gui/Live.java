package org.firebreak.examples.gui;

import java.util.function.Supplier;
import sim.engine.SimState;

/**
 * Reads a running model from Swing's thread. MASON's console steps the model on its own thread
 * while holding the schedule's lock, and inspectors refresh on Swing's thread; taking the same
 * lock for a read means the read never sees a step half done.
 */
final class Live {
    private Live() {
    }

    /**
     * @param state the running model
     * @param read what to read
     * @param <T> the value's type
     * @return the value
     */
    static <T> T read(SimState state, Supplier<T> read) {
        synchronized (state.schedule) {
            return read.get();
        }
    }
}
