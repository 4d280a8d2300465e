/**
 * GIS in and out for Firebreak, with GeoTools: reads vector and raster layers in whatever
 * coordinate reference system they come in and turns them into core's terrain model, in the one
 * metric CRS the simulation runs in.
 *
 * <p>Today it holds that CRS, {@link org.firebreak.geo.io.SimulationCrs}, with the transforms between
 * it, WGS 84 longitude/latitude and any other CRS a layer declares.
 */
package org.firebreak.geo;

import org.firebreak.geo.io.SimulationCrs;
