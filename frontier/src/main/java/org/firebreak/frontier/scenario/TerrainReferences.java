package org.firebreak.frontier.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.firebreak.core.param.ParameterSpec;
import org.firebreak.core.scenario.Suggestions;
import org.firebreak.core.scenario.TreeReader;
import org.firebreak.core.terrain.Border;
import org.firebreak.core.terrain.Crossing;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.Terrain;

/**
 * The terrain ids a scenario names, with where it names them. They are collected while the
 * file is read and checked once the terrain is loaded, which happens only for a file that is
 * otherwise valid, since loading real terrain can be slow.
 */
final class TerrainReferences {
    private enum Kind { PLACE, CROSSING, OFFICIAL_CROSSING, BORDER, CROSSING_OR_PLACE }

    private record Reference(Kind kind, String id, String path) {
    }

    private record Sector(String border, double toKm, String path) {
    }

    private final List<Reference> references = new ArrayList<>();
    private final List<Sector> sectors = new ArrayList<>();

    void place(String id, String path) {
        references.add(new Reference(Kind.PLACE, id, path));
    }

    void crossing(String id, String path) {
        references.add(new Reference(Kind.CROSSING, id, path));
    }

    /** A crossing that must be official: only official crossings have screening capacity. */
    void officialCrossing(String id, String path) {
        references.add(new Reference(Kind.OFFICIAL_CROSSING, id, path));
    }

    /** A ford: a crossing or a place where a river can be waded. */
    void crossingOrPlace(String id, String path) {
        references.add(new Reference(Kind.CROSSING_OR_PLACE, id, path));
    }

    void border(String id, String path) {
        references.add(new Reference(Kind.BORDER, id, path));
    }

    /**
     * @param border the border id of a patrol
     * @param toKm the end of its sector
     * @param path the key path of {@code to_km}
     */
    void sector(String border, double toKm, String path) {
        sectors.add(new Sector(border, toKm, path));
    }

    /**
     * @param terrain the scenario's terrain
     * @param reader where to report ids the terrain lacks and sectors beyond a border's end
     */
    void check(Terrain terrain, TreeReader reader) {
        List<String> places = terrain.places().stream().map(Place::id).toList();
        List<String> crossings = terrain.crossings().stream().map(Crossing::id).toList();
        List<String> official = terrain.crossings().stream().filter(Crossing::official).map(Crossing::id).toList();
        List<String> borders = terrain.borders().stream().map(Border::id).toList();
        for (Reference r : references) {
            List<String> known = switch (r.kind()) {
                case PLACE -> places;
                case CROSSING -> crossings;
                case OFFICIAL_CROSSING -> official;
                case BORDER -> borders;
                case CROSSING_OR_PLACE -> {
                    List<String> both = new ArrayList<>(crossings);
                    both.addAll(places);
                    yield both;
                }
            };
            if (r.kind() == Kind.OFFICIAL_CROSSING && crossings.contains(r.id()) && !official.contains(r.id())) {
                reader.problem(r.path(), "crossing '" + r.id() + "' is informal: only official crossings have "
                        + "screening lanes; official crossings: " + String.join(", ", official));
            } else if (!known.contains(r.id())) {
                reader.problem(r.path(),
                        Suggestions.unknown(switch (r.kind()) {
                            case OFFICIAL_CROSSING -> "crossing";
                            case CROSSING_OR_PLACE -> "crossing or place";
                            default -> r.kind().name().toLowerCase(Locale.ROOT);
                        }, r.id(), known));
            }
        }
        for (Sector s : sectors) {
            Optional<Border> border = terrain.border(s.border());
            if (border.isPresent() && s.toKm() > border.get().length() / 1000.0) {
                // whole metres, rounded down, so the length shown is never above the true one
                double km = Math.floor(border.get().length()) / 1000.0;
                reader.problem(s.path(), PatrolSector.TO_KM.key() + " = " + ParameterSpec.format(s.toKm())
                        + " lies beyond the end of border " + s.border() + ", which is " + ParameterSpec.format(km)
                        + " km long");
            }
        }
    }
}
