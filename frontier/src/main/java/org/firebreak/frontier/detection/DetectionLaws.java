package org.firebreak.frontier.detection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.firebreak.core.param.ParameterSpec;

/**
 * Detection laws by stable id; scenario files name laws by these ids. Every registry starts
 * with the library's two laws, because the defaults of the scenario format rely on them.
 *
 * <p>Adding a law is one class implementing {@link DetectionLaw} and one line:
 * {@code laws.register(new DetectionLawDefinition("detection.my-law", "what it assumes",
 * MyLaw.SPECS, MyLaw::new))}. A law's parameter keys share the {@code detection} mapping of
 * a scenario file with {@code law} and the modifiers' keys, so they must differ from those.
 */
public final class DetectionLaws {
    /** The cookie-cutter law, {@value CookieCutterLaw#ID}. */
    public static final DetectionLawDefinition COOKIE_CUTTER = new DetectionLawDefinition(CookieCutterLaw.ID,
            "definite range: everyone within range_m is detected at every step, nobody beyond",
            CookieCutterLaw.SPECS, CookieCutterLaw::new);
    /** The exponential law, {@value ExponentialLaw#ID}; the default. */
    public static final DetectionLawDefinition EXPONENTIAL = new DetectionLawDefinition(ExponentialLaw.ID,
            "random search: detections at rate λ(d) = rate_per_hour · exp(−decay_per_km · d) within range_m, "
                    + "so 1 − exp(−λ(d) Δt) per step",
            ExponentialLaw.SPECS, ExponentialLaw::new);
    /** Key of the law's id in a scenario's {@code detection} mapping. */
    public static final String LAW_KEY = "law";

    private final Map<String, DetectionLawDefinition> byId = new LinkedHashMap<>();

    /** A registry holding the library's laws. */
    public DetectionLaws() {
        register(EXPONENTIAL);
        register(COOKIE_CUTTER);
    }

    /**
     * @param definition a law; its id must be new and its keys must not clash with the modifiers'
     * @return this registry
     */
    public synchronized DetectionLaws register(DetectionLawDefinition definition) {
        Set<String> reserved = new HashSet<>(DetectionModifiers.KEYS);
        reserved.add(LAW_KEY);
        Set<String> seen = new HashSet<>();
        for (ParameterSpec p : definition.parameters()) {
            if (reserved.contains(p.key()) || !seen.add(p.key())) {
                throw new IllegalArgumentException("detection law '" + definition.id() + "': parameter key '"
                        + p.key() + "' is taken; keys must differ from each other and from: " + LAW_KEY + ", "
                        + String.join(", ", DetectionModifiers.KEYS));
            }
        }
        if (byId.putIfAbsent(definition.id(), definition) != null) {
            throw new IllegalArgumentException("detection law id '" + definition.id() + "' is already registered");
        }
        return this;
    }

    /**
     * @param id a law id
     * @return its definition, if registered
     */
    public synchronized Optional<DetectionLawDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return the registered ids, in registration order */
    public synchronized List<String> ids() {
        return Collections.unmodifiableList(new ArrayList<>(byId.keySet()));
    }

    /** @return every definition, in registration order */
    public synchronized List<DetectionLawDefinition> all() {
        return List.copyOf(byId.values());
    }
}
