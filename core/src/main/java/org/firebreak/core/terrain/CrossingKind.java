package org.firebreak.core.terrain;

/** Whether a crossing site is an official one, with screening lanes, or an informal one. */
public enum CrossingKind {
    /** A border post with screening lanes and a queue. */
    OFFICIAL,
    /** A pass, a ford or any other unofficial way across. */
    INFORMAL
}
