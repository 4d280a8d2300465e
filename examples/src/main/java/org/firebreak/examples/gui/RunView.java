package org.firebreak.examples.gui;

import java.util.Locale;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.engine.Events;
import org.firebreak.frontier.engine.FrontierModel;

/** What the console's Model tab shows of a regional run: its clock and running totals, live. */
public final class RunView {
    private final FrontierModel model;
    private final String source;

    /**
     * @param model the running model
     * @param source where the scenario came from
     */
    public RunView(FrontierModel model, String source) {
        this.model = model;
        this.source = source;
    }

    /** @return the scenario's name */
    public String getScenario() {
        return Live.read(model, () -> model.scenario().name());
    }

    /** @return where it came from (a bundled name or a file) */
    public String getSource() {
        return Live.read(model, () -> source);
    }

    /** @return the seed of the run */
    public long getSeed() {
        return Live.read(model, () -> model.scenario().seed());
    }

    /** @return simulated hours so far */
    public double getHours() {
        return Live.read(model, () -> model.elapsedSeconds() / 3600);
    }

    /** @return the scenario's duration, hours */
    public double getDurationHours() {
        return Live.read(model, () -> model.scenario().time().durationHours());
    }

    /** @return agents created so far */
    public int getAgents() {
        return Live.read(model, () -> model.agents().size());
    }

    /** @return refugees per state */
    public String getRefugees() {
        return Live.read(model, () -> states(AgentType.REFUGEE));
    }

    /** @return fighters per state */
    public String getFighters() {
        return Live.read(model, () -> states(AgentType.FIGHTER));
    }

    /** @return guards per state */
    public String getGuards() {
        return Live.read(model, () -> states(AgentType.GUARD));
    }

    /** @return border crossings at official crossings so far */
    public long getCrossedOfficially() {
        return Live.read(model, () -> model.crossings().values().stream().mapToLong(Long::longValue).sum() - getCrossedInformally());
    }

    /** @return informal border crossings so far */
    public long getCrossedInformally() {
        return Live.read(model, () -> model.crossings().getOrDefault(Events.INFORMAL, 0L));
    }

    /** @return detections so far */
    public long getDetections() {
        return Live.read(model, () -> model.detections());
    }

    /** @return apprehensions so far */
    public long getApprehensions() {
        return Live.read(model, () -> model.apprehensions());
    }

    /** @return fighters who crossed a border before their group was ever detected */
    public long getFightersCrossedUndetected() {
        return Live.read(model, () -> model.metrics() == null ? 0 : model.metrics().fightersCrossedUndetected());
    }

    /** @return share of guard-time spent responding to detections so far */
    public double getGuardUtilisation() {
        return Live.read(model, () -> model.metrics() == null ? 0 : model.guardUtilisation());
    }

    private String states(AgentType type) {
        StringBuilder b = new StringBuilder();
        model.counts().get(type).forEach((s, n) -> {
            if (n > 0) {
                b.append(b.length() == 0 ? "" : ", ").append(s.id()).append(' ')
                        .append(String.format(Locale.ROOT, "%,d", n));
            }
        });
        return b.length() == 0 ? "none" : b.toString();
    }

    @Override
    public String toString() {
        return "run of " + getScenario();
    }
}
