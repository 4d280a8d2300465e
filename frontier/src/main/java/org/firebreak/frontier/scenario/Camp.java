package org.firebreak.frontier.scenario;

import java.util.List;
import java.util.Objects;
import org.firebreak.core.param.ParameterSpec;

/**
 * A camp or reception site: a destination of refugees' FLEE-style strategic choice, located
 * at a terrain place, with a capacity. As in FLEE, a camp draws fewer people as it fills,
 * from 90% of its capacity to none at 100%.
 *
 * @param id stable id, used in outputs
 * @param place id of the terrain place it is at
 * @param capacity people it can hold
 */
public record Camp(String id, String place, int capacity) implements java.io.Serializable {
    /** Capacity. */
    public static final ParameterSpec CAPACITY = new ParameterSpec("capacity", "persons", 1, 10_000_000, 10_000,
            "people the camp can hold");
    /** The numeric keys, in file order. */
    public static final List<ParameterSpec> SPECS = List.of(CAPACITY);

    /** Checks every value. */
    public Camp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(place, "place");
        CAPACITY.check(capacity);
    }
}
