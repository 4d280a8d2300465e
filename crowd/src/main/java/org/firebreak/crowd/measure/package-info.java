/**
 * Measurements of a metre-scale crowd: grid and Voronoi density, flow over measurement lines,
 * speed in measurement areas, exposure to high density, and trajectories, each a
 * {@link org.firebreak.crowd.CrowdObserver}; {@link org.firebreak.crowd.measure.CrowdMeasurement}
 * runs them together and writes their CSV files. Everything is in local metres and seconds.
 */
package org.firebreak.crowd.measure;
