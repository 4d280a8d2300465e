package org.firebreak.coupling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.firebreak.core.output.AtomicFile;
import org.firebreak.crowd.CrowdGeometry;
import org.firebreak.crowd.CrowdSettings;
import org.firebreak.crowd.PedestrianModel;
import org.firebreak.crowd.measure.CrowdMeasureConfig;
import org.firebreak.crowd.measure.CrowdMeasurement;
import org.firebreak.frontier.engine.CrossingScreening;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.core.output.Json;
import org.firebreak.frontier.run.FrontierRun;
import org.firebreak.frontier.run.RunExtension;

/**
 * Puts one crossing of a regional run at crowd scale and measures its plaza: the crossing's
 * screening becomes a {@link PlazaScreening}, and at the end of the run its densities, flows and
 * exposure are written to {@code plaza-<crossing>/} in the run's output directory (the files of
 * a crowd run, see docs/crowd-outputs.md) with a {@code summary.json} of the hand-over counts.
 */
public final class PlazaCoupling implements RunExtension {
    private final String crossingId;
    private final String plazaName;
    private final CrowdGeometry geometry;
    private final CrowdSettings settings;
    private final PedestrianModel model;
    private final String entry;
    private final CrowdMeasureConfig measure;
    private PlazaScreening screening;
    private CrowdMeasurement measurement;

    /**
     * @param crossingId the official crossing of the regional run
     * @param plazaName the plaza's name (its crowd scenario), recorded in the outputs
     * @param geometry the plaza
     * @param settings its step, speeds and radii
     * @param model its pedestrian model
     * @param entry its source where people from the regional model enter
     * @param measure what to measure there
     */
    public PlazaCoupling(String crossingId, String plazaName, CrowdGeometry geometry, CrowdSettings settings,
                         PedestrianModel model, String entry, CrowdMeasureConfig measure) {
        this.crossingId = Objects.requireNonNull(crossingId, "crossingId");
        this.plazaName = Objects.requireNonNull(plazaName, "plazaName");
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.model = Objects.requireNonNull(model, "model");
        this.entry = Objects.requireNonNull(entry, "entry");
        this.measure = Objects.requireNonNull(measure, "measure");
    }

    /**
     * @param run a regional run
     * @return the run, screening the crossing in this plaza and writing the plaza's outputs
     */
    public FrontierRun install(FrontierRun run) {
        return run.screening(crossingId, this::create).extension(this);
    }

    private CrossingScreening create(String id, org.firebreak.frontier.scenario.CrossingCapacity capacity,
                                     org.firebreak.core.random.RandomStreams streams) {
        screening = new PlazaScreening(id, capacity, geometry, settings, model, entry, streams);
        measurement = new CrowdMeasurement(measure);
        screening.addObserver(measurement);
        return screening;
    }

    /** @return the crossing's screening in the last run started, or null before one */
    public PlazaScreening screening() {
        return screening;
    }

    @Override
    public List<Path> finish(FrontierModel frontier, Path outputDirectory) throws IOException {
        if (screening == null) {
            return List.of();
        }
        Path dir = outputDirectory.resolve("plaza-" + crossingId);
        Files.createDirectories(dir);
        measurement.write(dir);
        List<Path> files = new ArrayList<>();
        try (var listing = Files.list(dir)) {
            listing.sorted().forEach(files::add);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("crossing", crossingId);
        summary.put("plaza", plazaName);
        summary.put("entry", entry);
        summary.put("joined", screening.joined());
        summary.put("handed_back", screening.handedBack());
        summary.put("released", screening.released());
        summary.put("inside_at_end", screening.plaza().count() + screening.plaza().pending());
        summary.put("screened", screening.started());
        summary.put("fighters_identified", screening.fightersIdentified());
        summary.put("accounted", screening.accounted());
        summary.put("measurement", measurement.summary().toMap());
        Path json = dir.resolve("summary.json");
        AtomicFile.write(json, Json.render(summary));
        files.add(json);
        return files;
    }
}
