/**
 * Reading and writing GIS files: vector layers from GeoJSON, ESRI Shapefiles and GeoPackages
 * ({@link org.firebreak.geo.io.VectorLayers}), rasters from GeoTIFF and ESRI ASCII grids
 * ({@link org.firebreak.geo.io.RasterLayers}), and features out as GeoJSON and GeoPackage in
 * WGS 84 ({@link org.firebreak.geo.io.GeoJsonWriter}, {@link org.firebreak.geo.io.GeoPackageWriter}).
 *
 * <p>Every layer's CRS is read from its file and its geometries are reprojected into
 * {@link org.firebreak.geo.io.SimulationCrs#frontier()}. Bad input of any kind is reported as a
 * {@link org.firebreak.geo.io.GisInputException} naming the file and, where one is at fault, the
 * feature.
 *
 * <p>Logging goes through {@link java.lang.System.Logger}. NGA's GeoPackage library reaches
 * SQLite through sqlite-jdbc, which logs with slf4j; with no slf4j binding on the class path,
 * slf4j prints a one-line notice to standard error the first time a GeoPackage is opened.
 */
package org.firebreak.geo.io;
