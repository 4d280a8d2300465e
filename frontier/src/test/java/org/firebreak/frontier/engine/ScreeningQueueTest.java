package org.firebreak.frontier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.Group;
import org.firebreak.frontier.agent.Plan;
import org.firebreak.frontier.agent.Refugee;
import org.firebreak.frontier.agent.Waypoint;
import org.firebreak.frontier.agent.kind.AgentState;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.scenario.CrossingCapacity;
import org.firebreak.frontier.scenario.RefugeeParameters;
import org.firebreak.frontier.testing.StubContext;
import org.junit.jupiter.api.Test;

/** The screening queue against queueing theory: throughput c/E[S] when saturated, Erlang C waits. */
class ScreeningQueueTest {
    private static final Terrain TERRAIN = new SyntheticTerrain();

    private static long nextId;

    /** An agent standing at the crossing, which joins the queue on its first step. */
    private static Agent arrive(StubContext ctx) {
        Group g = new Group(nextId, AgentType.REFUGEE, "test", (gr, c) -> { }, (gr, c) -> List.of(),
                (a, c) -> 0);
        Agent a = new Refugee(nextId++, g, RefugeeParameters.defaults(), 1.0, 0, 0);
        g.add(a);
        g.setPlan(Plan.travel(Waypoint.plain(-1000, 0, "dest"),
                Optional.of(new Waypoint(0, 0, "x", Waypoint.Kind.SCREENING))));
        g.setRoute(List.of(g.plan().via().get(), g.plan().destination()));
        a.step(ctx);
        assertThat(a.state()).isEqualTo(AgentState.QUEUEING);
        return a;
    }

    @Test
    void saturatedQueueScreensLanesTimesHourOverMeanServicePerHour() {
        CrossingCapacity cap = new CrossingCapacity(4, 120);
        ScreeningQueue q = new ScreeningQueue("x", cap, new MersenneTwisterFast(7));
        StubContext ctx = new StubContext(TERRAIN, 1);
        ctx.queue = q;
        int hours = 50;
        int people = 8000; // more than 4 lanes x 30/h x 50 h = 6000 can screen
        for (int i = 0; i < people; i++) {
            arrive(ctx);
        }
        double dt = 60;
        for (int step = 0; step < hours * 60; step++) {
            q.serve(step * dt, dt, ctx);
        }
        // each busy lane completes a Poisson number of screenings with mean T / E[S]:
        // 6000 expected, standard deviation about 77; allow 4 standard deviations
        assertThat((double) q.served()).isCloseTo(cap.perHour() * hours, within(4 * Math.sqrt(6000)));
        assertThat(ctx.crossed).hasSize((int) q.served());
        assertThat(q.waiting() + q.inService() + q.served()).isEqualTo(people);
    }

    @Test
    void peopleEnterScreeningInTheOrderTheyJoined() {
        ScreeningQueue q = new ScreeningQueue("x", new CrossingCapacity(1, 30), new MersenneTwisterFast(3));
        StubContext ctx = new StubContext(TERRAIN, 1);
        ctx.queue = q;
        List<Agent> joined = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            joined.add(arrive(ctx));
        }
        for (int step = 0; step < 24 * 60 && q.served() < 50; step++) {
            q.serve(step * 60.0, 60, ctx);
        }
        assertThat(ctx.crossed).containsExactlyElementsOf(joined);
    }

    @Test
    void meanWaitWithPoissonArrivalsMatchesErlangC() {
        // M/M/c with c = 4 lanes, mean service 120 s (mu = 30/h per lane), arrivals lambda = 100/h
        int c = 4;
        double mu = 30;
        double lambda = 100;
        ScreeningQueue q = new ScreeningQueue("x", new CrossingCapacity(c, 3600 / mu), new MersenneTwisterFast(11));
        StubContext ctx = new StubContext(TERRAIN, 1);
        ctx.queue = q;
        MersenneTwisterFast arrivals = new MersenneTwisterFast(12);
        double dt = 1; // one-second steps keep the discretisation of arrivals far below the mean wait
        double nextArrival = -Math.log(1 - arrivals.nextDouble()) * 3600 / lambda;
        double end = 2000 * 3600.0;
        for (double t = 0; t < end; t += dt) {
            q.serve(t, dt, ctx);
            ctx.now = t + dt;
            while (nextArrival < t + dt) {
                arrive(ctx);
                nextArrival += -Math.log(1 - arrivals.nextDouble()) * 3600 / lambda;
            }
        }
        double expectedWaitSeconds = erlangCWait(c, lambda, mu) * 3600;
        // about 200,000 customers; the batch-means error of the mean wait is a few per cent
        assertThat(q.meanWaitSeconds()).isCloseTo(expectedWaitSeconds, within(0.08 * expectedWaitSeconds));
    }

    /** Mean time in line of an M/M/c queue, hours (Erlang C formula). */
    private static double erlangCWait(int c, double lambda, double mu) {
        double a = lambda / mu;
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++) {
            if (k > 0) {
                term *= a / k;
            }
            sum += term;
        }
        double last = term * a / c * c / (c - a);
        double pWait = last / (sum + last);
        return pWait / (c * mu - lambda);
    }
}
