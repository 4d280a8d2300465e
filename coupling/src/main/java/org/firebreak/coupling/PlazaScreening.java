package org.firebreak.coupling;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.core.random.RandomStreams;
import org.firebreak.crowd.CrowdGeometry;
import org.firebreak.crowd.CrowdListener;
import org.firebreak.crowd.CrowdObserver;
import org.firebreak.crowd.CrowdSettings;
import org.firebreak.crowd.CrowdSimulation;
import org.firebreak.crowd.Gate;
import org.firebreak.crowd.PedestrianModel;
import org.firebreak.crowd.ServiceTime;
import org.firebreak.crowd.Source;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.BehaviourContext;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.engine.LaneScreening;
import org.firebreak.frontier.scenario.CrossingCapacity;

/**
 * An official crossing simulated at crowd scale inside a regional run: every agent that reaches
 * the crossing enters the plaza at its entry source, walks to the screening gate, queues in the
 * crowd, is screened in a lane and walks on to the exit; when it leaves the plaza it is handed
 * back to the regional model as having crossed.
 *
 * <p>One set of numbers governs the crossing: the first gate on the entry's route screens with
 * the regional scenario's lanes and mean service time (exponential), as the regional queue
 * would, and identifies fighters with the crossing's probability when their screening ends. The
 * plaza advances in its own small steps up to the end of each regional step. Its own sources
 * emit no one: people come only from the regional model.
 *
 * <p>Accounting: each agent handed over is, at any time, waiting (in the plaza, not yet in a
 * lane), in screening (in a lane or walking from it to the exit), handed back (crossed or
 * apprehended) or released (the crossing closed before its screening began); none is lost or
 * duplicated ({@link #accounted}).
 *
 * <p>The counts of waits, busy lanes and identified fighters, and the outcome of a screening,
 * are the regional queue's own ({@link LaneScreening}). A plaza is never written to a
 * checkpoint: a run with a screening model takes none.
 */
public final class PlazaScreening extends LaneScreening {
    private static final long serialVersionUID = 1L;

    private static final class Person {
        final Agent agent;
        final double joined;
        double serviceStart = Double.NaN;
        boolean dropped;

        Person(Agent agent, double joined) {
            this.agent = agent;
            this.joined = joined;
        }
    }

    private final CrowdSimulation plaza;
    private final String entry;
    private final List<String> route;
    private final String gate;
    private final MersenneTwisterFast screeningRandom;
    private final Map<Integer, Person> present = new LinkedHashMap<>();
    private BehaviourContext context;
    private int waiting;
    private int inLane;
    private long joined;
    private long handedBack;
    private long released;

    /**
     * @param crossingId the official crossing
     * @param capacity its regional capacity: lanes and mean service of the plaza's screening gate
     * @param geometry the plaza
     * @param settings the plaza's step, speeds and radii
     * @param model the pedestrian model
     * @param entry the plaza's source where people from the regional model enter; its route
     *     leads through the screening gate (its first gate) to an exit sink
     * @param streams the run's random streams
     */
    public PlazaScreening(String crossingId, CrossingCapacity capacity, CrowdGeometry geometry, CrowdSettings settings,
                          PedestrianModel model, String entry, RandomStreams streams) {
        super(crossingId, capacity);
        this.entry = entry;
        Source in = geometry.sources().stream().filter(s -> s.name().equals(entry)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("plaza of crossing " + crossingId + " has no source '"
                        + entry + "'; sources are " + geometry.sources().stream().map(Source::name).toList()));
        this.route = in.route();
        this.gate = route.stream().filter(t -> geometry.gates().stream().anyMatch(g -> g.name().equals(t))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("plaza of crossing " + crossingId + ": the route of source '"
                        + entry + "' passes no gate; a crossing's plaza needs its screening gate on the way"));
        if (geometry.sinks().stream().noneMatch(s -> s.name().equals(route.get(route.size() - 1)))) {
            throw new IllegalArgumentException("plaza of crossing " + crossingId + ": the route of source '" + entry
                    + "' must end at a sink (the exit back to the regional model), ends at " + route.get(route.size() - 1));
        }
        this.plaza = CrowdSimulation.builder(regional(geometry, gate, capacity)).settings(settings).model(model)
                .seed(RandomStreams.derive(streams.seed(), "plaza:" + crossingId)).build();
        this.screeningRandom = streams.stream("screening:" + crossingId);
        plaza.addListener(new CrowdListener() {
            @Override
            public void serviceStarted(double t, int id, String g, int lane) {
                startService(t, id, g);
            }

            @Override
            public void serviceEnded(double t, int id, String g, int lane) {
                endService(t, id, g);
            }

            @Override
            public void left(double t, int id, String sink) {
                leave(id, sink);
            }
        });
    }

    /** The plaza with no arrivals of its own and the regional capacity at its screening gate. */
    private static CrowdGeometry regional(CrowdGeometry g, String gate, CrossingCapacity capacity) {
        List<Gate> gates = new ArrayList<>();
        for (Gate x : g.gates()) {
            gates.add(x.name().equals(gate)
                    ? new Gate(x.name(), x.passage(), capacity.lanes(), ServiceTime.exponential(capacity.serviceSecondsMean()))
                    : x);
        }
        List<Source> sources = new ArrayList<>();
        for (Source s : g.sources()) {
            sources.add(new Source(s.name(), s.area(), 0, s.route()));
        }
        return new CrowdGeometry(g.walls(), g.obstacles(), gates, sources, g.sinks(), g.waitingAreas(),
                g.measurementLines());
    }

    /**
     * A factory for {@link org.firebreak.frontier.engine.FrontierModel#screening}.
     *
     * @param geometry the plaza
     * @param settings its step, speeds and radii
     * @param model its pedestrian model
     * @param entry its source where people from the regional model enter
     * @return the factory
     */
    public static Factory factory(CrowdGeometry geometry, CrowdSettings settings, PedestrianModel model, String entry) {
        return (id, cap, streams) -> new PlazaScreening(id, cap, geometry, settings, model, entry, streams);
    }

    /** @return the crowd-scale run of the plaza, for observers and measurement */
    public CrowdSimulation plaza() {
        return plaza;
    }

    /** @param observer measures the plaza's crowd (densities, flows, exposure) */
    public void addObserver(CrowdObserver observer) {
        plaza.addObserver(observer);
    }

    @Override
    public void join(Agent agent, double timeSeconds) {
        if (agent.state() != AgentState.QUEUEING) {
            throw new IllegalStateException("agent " + agent.id() + " joins the plaza of " + crossingId() + " while "
                    + agent.state() + ", expected queueing");
        }
        int id = plaza.inject(entry, route, Double.NaN);
        present.put(id, new Person(agent, timeSeconds));
        joined++;
        waiting++;
        waitingNow(waiting);
    }

    @Override
    public void serve(double from, double dt, BehaviourContext ctx) {
        this.context = ctx;
        try {
            double closed = from - plaza.time();
            if (closed > 1e-6) {
                // the crossing was closed: like the regional queue, the plaza stood still
                plaza.pause(closed);
            }
            if (plaza.count() == 0 && plaza.pending() == 0) {
                // nobody there: nothing to step through
                plaza.pause(Math.max(0, from + dt - plaza.time()));
                return;
            }
            plaza.run(from + dt);
        } finally {
            this.context = null;
        }
    }

    private void startService(double t, int id, String g) {
        Person p = present.get(id);
        if (p == null || !g.equals(gate)) {
            return;
        }
        waiting--;
        if (p.agent.state() != AgentState.QUEUEING) {
            // held with its group while it waited: it walks on through the plaza, no longer followed
            p.dropped = true;
            return;
        }
        inLane++;
        p.serviceStart = t;
        startScreening(p.agent, t - p.joined, context);
    }

    private void endService(double t, int id, String g) {
        Person p = present.get(id);
        if (p == null || !g.equals(gate) || Double.isNaN(p.serviceStart)) {
            return;
        }
        inLane--;
        laneBusy(t - p.serviceStart);
        if (p.dropped || p.agent.state() != AgentState.SCREENING) {
            p.dropped = true;
            return;
        }
        identified(p.agent, screeningRandom, context);
    }

    private void leave(int id, String sink) {
        Person p = present.remove(id);
        if (p == null) {
            return;
        }
        handedBack++;
        if (!p.dropped && p.agent.state() == AgentState.SCREENING) {
            p.agent.finishScreening(crossingId(), context);
        }
    }

    @Override
    public List<Agent> release() {
        List<Agent> out = new ArrayList<>();
        for (var it = present.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, Person> e = it.next();
            Person p = e.getValue();
            if (Double.isNaN(p.serviceStart) && !p.dropped) {
                plaza.withdraw(e.getKey());
                it.remove();
                waiting--;
                released++;
                out.add(p.agent);
            }
        }
        return out;
    }

    /**
     * @return whether every agent handed over is waiting, in screening, handed back or released
     *     exactly once
     */
    public boolean accounted() {
        return joined == present.size() + handedBack + released;
    }

    /** @return agents handed over so far */
    public long joined() {
        return joined;
    }

    /** @return agents turned away because the crossing closed before their screening began */
    public long released() {
        return released;
    }

    @Override
    public String kind() {
        return "plaza";
    }

    /** @return agents that have left the plaza back into the regional model */
    public long handedBack() {
        return handedBack;
    }

    @Override
    public int waiting() {
        return waiting;
    }

    @Override
    public int inService() {
        return inLane;
    }
}
