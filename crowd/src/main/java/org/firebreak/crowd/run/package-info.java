/**
 * Headless crowd runs: a {@link org.firebreak.crowd.scenario.CrowdScenario} stepped for its
 * duration, with its summary, events and measurement files written to a directory.
 */
package org.firebreak.crowd.run;
