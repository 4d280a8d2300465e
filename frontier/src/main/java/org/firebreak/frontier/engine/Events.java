package org.firebreak.frontier.engine;

/** The names of the events a run records (the {@code event} column of events.csv). */
public final class Events {
    /** An agent appeared at its source or deployment. */
    public static final String SPAWNED = "spawned";
    /** An agent reached an official crossing and joined its screening queue. */
    public static final String QUEUED = "queued";
    /** An agent crossed a border: detail is the official crossing id, or {@code informal}. */
    public static final String CROSSED = "crossed";
    /** An agent reached its destination. */
    public static final String ARRIVED = "arrived";
    /** A guard took up its post. */
    public static final String ON_POST = "on_post";
    /** A fighter was detected: detail is the guard ("guard-17") or the screening ("screening-zurbatiyah"). */
    public static final String DETECTED = "detected";
    /** An agent was apprehended: detail is the guard ("guard-17") or the screening ("screening-zurbatiyah"). */
    public static final String APPREHENDED = "apprehended";
    /** The detail of a crossing made away from official crossings. */
    public static final String INFORMAL = "informal";

    private Events() {
    }
    /** A guard moved to another deployment: detail is "from->to". */
    public static final String REASSIGNED = "reassigned";
    /** A team gave up a pursuit: detail is the pursued group ("group-12"). */
    public static final String PURSUIT_ABANDONED = "pursuit_abandoned";
    /** A person left the queue of a crossing that closed: detail is the crossing id. */
    public static final String TURNED_AWAY = "turned_away";
}
