/**
 * Crowd scenario files: a versioned YAML or JSON format marked {@code kind: crowd}, with the
 * site inline or as GeoJSON in local metres, read and checked into a {@link
 * org.firebreak.crowd.scenario.CrowdScenario} by {@link
 * org.firebreak.crowd.scenario.CrowdScenarioLoader} (format in docs/crowd-scenarios.md).
 */
package org.firebreak.crowd.scenario;
