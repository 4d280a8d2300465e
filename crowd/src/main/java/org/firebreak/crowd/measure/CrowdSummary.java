package org.firebreak.crowd.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.core.output.Csv;

/**
 * The headline figures of a crowd measurement, for a run's summary.json.
 *
 * @param maxGridDensity highest grid-cell density at any observation (persons/m²)
 * @param areas per measurement area, in configuration order
 * @param lines per measurement line, in configuration order
 * @param exposure per exposure threshold, increasing
 */
public record CrowdSummary(double maxGridDensity, List<Area> areas, List<Line> lines,
                           List<Exposure.ExposureStats> exposure) {
    /** Copies the lists. */
    public CrowdSummary {
        areas = List.copyOf(areas);
        lines = List.copyOf(lines);
        exposure = List.copyOf(exposure);
    }

    /**
     * @param id area name
     * @param maxClassicDensity highest classic density at any observation (persons/m²)
     * @param maxVoronoiDensity highest Voronoi density at any evaluation (persons/m²)
     */
    public record Area(String id, double maxClassicDensity, double maxVoronoiDensity) {
    }

    /**
     * @param id line name
     * @param netCrossings crossings in the positive direction minus those back, over the run
     * @param peakFlow the largest net flow of a time bin by magnitude (persons/s)
     * @param peakSpecificFlow peak flow per metre of line (persons/(m·s))
     */
    public record Line(String id, long netCrossings, double peakFlow, double peakSpecificFlow) {
    }

    /** @return an ordered tree for JSON: numbers rounded to 4 decimals so the bytes are stable */
    public Map<String, Object> toMap() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("max_grid_density_per_m2", Csv.round(maxGridDensity, 4));
        Map<String, Object> a = new LinkedHashMap<>();
        for (Area area : areas) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("max_classic_density_per_m2", Csv.round(area.maxClassicDensity(), 4));
            m.put("max_voronoi_density_per_m2", Csv.round(area.maxVoronoiDensity(), 4));
            a.put(area.id(), m);
        }
        root.put("areas", a);
        Map<String, Object> l = new LinkedHashMap<>();
        for (Line line : lines) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("net_crossings", line.netCrossings());
            m.put("peak_flow_per_s", Csv.round(line.peakFlow(), 4));
            m.put("peak_specific_flow_per_m_s", Csv.round(line.peakSpecificFlow(), 4));
            l.put(line.id(), m);
        }
        root.put("lines", l);
        List<Object> e = new ArrayList<>();
        for (Exposure.ExposureStats s : exposure) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("threshold_per_m2", s.threshold());
            m.put("persons", s.persons());
            m.put("persons_above", s.personsAbove());
            m.put("max_seconds", Csv.round(s.maxSeconds(), 3));
            m.put("mean_seconds", Csv.round(s.meanSeconds(), 3));
            m.put("p95_seconds", Csv.round(s.p95Seconds(), 3));
            e.add(m);
        }
        root.put("exposure", e);
        return root;
    }
}
