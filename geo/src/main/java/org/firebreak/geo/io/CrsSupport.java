package org.firebreak.geo.io;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.NoSuchAuthorityCodeException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.EngineeringCRS;
import org.geotools.referencing.CRS;

/** Reading coordinate reference systems out of files, with messages that name the file. */
final class CrsSupport {

    private static final System.Logger LOG = System.getLogger(CrsSupport.class.getName());

    /** A {@code .prj} holding just an authority code, as some tools write instead of WKT. */
    private static final Pattern CODE_ONLY = Pattern.compile("(?i)\\s*EPSG\\s*:\\s*(-?\\d+)\\s*");
    /**
     * ESRI's 3D geographic CRS adds the unit of heights, {@code LINUNIT["Meter",1.0]}, which
     * GeoTools' WKT 1 parser refuses; GDAL writes it for every Shapefile with Z.
     */
    private static final Pattern ESRI_LINUNIT = Pattern.compile("(?i),\\s*LINUNIT\\s*\\[[^\\]]*\\]");

    private CrsSupport() {
    }

    /**
     * Parses the text of a {@code .prj} file: OGC or ESRI WKT 1 (as GDAL and ArcGIS write it), or
     * a bare {@code EPSG:n}.
     */
    static CoordinateReferenceSystem parsePrj(String prjSource, String text) throws GisInputException {
        String wkt = text.strip();
        if (wkt.isEmpty()) {
            throw GisInputException.of(prjSource, "the .prj file is empty; expected the layer's CRS as WKT");
        }
        Matcher code = CODE_ONLY.matcher(wkt);
        if (code.matches()) {
            return decodeEpsg(prjSource, Long.parseLong(code.group(1)), "the .prj file names an");
        }
        try {
            // Heights are not read, so their unit can go.
            return CRS.parseWKT(ESRI_LINUNIT.matcher(wkt).replaceAll(""));
        } catch (FactoryException | RuntimeException e) {
            throw GisInputException.of(prjSource, "cannot parse the CRS (expected OGC or ESRI WKT): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Decodes an EPSG code with longitude (easting) first, the order in which GIS files store
     * coordinates whatever the EPSG database says.
     *
     * @param where what names the code, to start the message with, e.g. "the .prj file names an"
     */
    static CoordinateReferenceSystem decodeEpsg(String source, long code, String where) throws GisInputException {
        try {
            return CRS.decode("EPSG:" + code, true);
        } catch (NoSuchAuthorityCodeException e) {
            throw GisInputException.of(source, where + " unknown EPSG code " + code
                    + "; expected a code of the EPSG database (e.g. 4326 for WGS 84, 32638 for UTM 38N)", e);
        } catch (FactoryException e) {
            throw GisInputException.of(source, "cannot build the CRS of EPSG code " + code + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Chooses the CRS a layer's coordinates are in: the file's own, else the one the caller
     * declared, else an error. When both are given and disagree, the file wins (it was written
     * with its data) and a warning says so.
     *
     * @param missing what the file lacks when it has no CRS, e.g. "no .prj file beside it"
     */
    static CoordinateReferenceSystem resolve(String source, Optional<CoordinateReferenceSystem> fromFile,
            Optional<CoordinateReferenceSystem> declared, String missing) throws GisInputException {
        if (fromFile.isPresent()) {
            CoordinateReferenceSystem own = fromFile.get();
            if (declared.isPresent() && !CRS.equalsIgnoreMetadata(own, declared.get())) {
                LOG.log(System.Logger.Level.WARNING, "{0}: the file''s own CRS ({1}) is used, not the declared one ({2})",
                        source, describe(own), describe(declared.get()));
            }
            return own;
        }
        return declared.orElseThrow(() -> GisInputException.of(source, "has no coordinate reference system ("
                + missing + "); add one to the file or declare the layer's CRS in the scenario"));
    }

    /** @return whether GeoTools' reader made up a placeholder because the file names no CRS */
    static boolean isUndefined(CoordinateReferenceSystem crs) {
        return crs == null || crs instanceof EngineeringCRS;
    }

    /** @return the CRS's name and, when GeoTools finds one, its EPSG code */
    static String describe(CoordinateReferenceSystem crs) {
        String name = crs.getName().getCode();
        try {
            Integer code = CRS.lookupEpsgCode(crs, false);
            return code == null ? name : name + " (EPSG:" + code + ")";
        } catch (FactoryException e) {
            return name;
        }
    }
}
