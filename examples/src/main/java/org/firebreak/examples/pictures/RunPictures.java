package org.firebreak.examples.pictures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firebreak.examples.render.MapFrame;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.run.RunExtension;

/**
 * Pictures of a regional run, drawn without a display once it has ended: {@code map.png} (the
 * terrain with every agent's track, crossings and apprehensions; see {@link RegionalMap}) and
 * {@code charts.png} (the run's hourly figures; see {@link RunCharts}).
 *
 * <p>While the run goes it keeps each agent's position every quarter of a simulated hour and at
 * each of its events, thinned to half a map pixel, and the figures of timeseries.csv at the end
 * of every hour. Both pictures are written under a temporary name and renamed when complete.
 * Drawing is deterministic (fixed order, fonts and sizes, no clock), but PNG bytes are not
 * promised to be identical between runs or machines: font rasterisers differ.
 */
public final class RunPictures implements RunExtension {
    /** The map's file name. */
    public static final String MAP = "map.png";
    /** The charts' file name. */
    public static final String CHARTS = "charts.png";

    private Tracks tracks;
    private final RunSeries series = new RunSeries();
    private double[] apprehended = new double[16];
    private int apprehensions;
    private int sampleSteps;

    @Override
    public void event(double timeSeconds, Agent agent, String event, String detail) {
        if (tracks != null) {
            tracks.add(agent);
        }
        if ("apprehended".equals(event)) {
            if (2 * apprehensions + 2 > apprehended.length) {
                apprehended = java.util.Arrays.copyOf(apprehended, apprehended.length * 2);
            }
            apprehended[2 * apprehensions] = agent.x();
            apprehended[2 * apprehensions + 1] = agent.y();
            apprehensions++;
        }
    }

    @Override
    public void afterStep(FrontierModel model) {
        if (tracks == null) {
            start(model);
        }
        int perHour = model.scenario().time().stepsPerHour();
        if (model.steps() % sampleSteps == 0) {
            for (Agent a : model.agents()) {
                tracks.add(a);
            }
        }
        if (model.steps() % perHour == 0) {
            series.record(model);
        }
    }

    private void start(FrontierModel model) {
        MapFrame frame = RegionalMap.frame(model.terrain());
        tracks = new Tracks(0.5 / frame.pixelsPerMetre());
        sampleSteps = Math.max(1, model.scenario().time().stepsPerHour() / 4);
        for (Agent a : model.agents()) {
            tracks.add(a);
        }
    }

    @Override
    public List<Path> finish(FrontierModel model, Path outputDirectory) throws IOException {
        if (tracks == null) {
            start(model);
        }
        for (Agent a : model.agents()) {
            tracks.add(a);
        }
        series.record(model);
        Map<AgentType, Long> created = new EnumMap<>(AgentType.class);
        for (AgentType type : AgentType.values()) {
            created.put(type, model.created(type));
        }
        String title = title(model);
        long official = model.crossings().entrySet().stream().filter(e -> !"informal".equals(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        String subtitle = String.format(Locale.ROOT,
                "%,d refugees, %,d fighters, %,d guards; %,d crossed at official crossings, %,d informally; "
                        + "%,d apprehended",
                created.get(AgentType.REFUGEE), created.get(AgentType.FIGHTER), created.get(AgentType.GUARD), official,
                model.crossings().getOrDefault("informal", 0L), model.apprehensions());
        RegionalMap.Content content = new RegionalMap.Content(tracks.moved(), created,
                java.util.Arrays.copyOf(apprehended, 2 * apprehensions), title, subtitle);
        Path map = Png.write(RegionalMap.render(model.terrain(), content), outputDirectory.resolve(MAP));
        Path charts = Png.write(RunCharts.render(series, title, "Hourly figures of the run, as in timeseries.csv; "
                + "crossings per hour are the differences of its running totals"), outputDirectory.resolve(CHARTS));
        return List.of(map, charts);
    }

    private static String title(FrontierModel model) {
        double hours = model.elapsedSeconds() / 3600.0;
        String h = hours == Math.rint(hours) ? Long.toString((long) hours) : String.format(Locale.ROOT, "%.2f", hours);
        return String.format(Locale.ROOT, "%s  \u00b7  seed %d  \u00b7  %s simulated hours", model.scenario().name(),
                model.scenario().seed(), h);
    }
}
