package org.firebreak.geo.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.firebreak.geo.io.RawLayer.Attribute;
import org.firebreak.geo.io.RawLayer.RawFeature;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.geometry.jts.JTS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The steps every format shares once its reader has the raw features: refuse empty layers and
 * missing geometries, repair (or reject) invalid geometries, reproject, check the layer touches
 * the simulation area, and build the GeoTools feature type and features.
 *
 * <p>Validity is checked in the file's own CRS, before reprojection, so that the reason and place
 * reported are in the coordinates the user sees in their GIS.
 */
final class LayerAssembler {

    private static final System.Logger LOG = System.getLogger(LayerAssembler.class.getName());
    private static final GeometryFactory GEOMETRY_FACTORY = new GeometryFactory();
    private static final List<String> GEOMETRY_NAMES = List.of("geometry", "geom", "the_geom", "_geometry");

    private LayerAssembler() {
    }

    static VectorLayer assemble(RawLayer raw, VectorReadOptions options) throws GisInputException {
        if (raw.features().isEmpty()) {
            throw GisInputException.of(raw.source(), "layer '" + raw.name()
                    + "' holds no features; expected at least one");
        }
        CoordinateReferenceSystem targetCrs = options.reproject() ? SimulationCrs.frontier().crs() : raw.crs();
        MathTransform transform = options.reproject() ? transformInto(raw) : null;

        List<String> repairs = new ArrayList<>();
        List<Geometry> geometries = new ArrayList<>(raw.features().size());
        for (RawFeature feature : raw.features()) {
            Geometry geometry = validOrRepaired(feature, options, repairs);
            geometries.add(transform == null ? geometry : reproject(feature, geometry, transform));
        }
        if (options.area().isPresent()) {
            checkTouchesArea(raw, geometries, options.area().get());
        }

        SimpleFeatureType type = featureType(raw, targetCrs, commonBinding(geometries));
        SimpleFeatureBuilder builder = new SimpleFeatureBuilder(type);
        List<SimpleFeature> features = new ArrayList<>(geometries.size());
        for (int i = 0; i < geometries.size(); i++) {
            RawFeature feature = raw.features().get(i);
            builder.add(geometries.get(i));
            for (Object value : feature.values()) {
                builder.add(value);
            }
            features.add(builder.buildFeature(feature.fid()));
        }
        return new VectorLayer(raw.name(), raw.source(), raw.crs(), targetCrs, type, features, repairs);
    }

    private static MathTransform transformInto(RawLayer raw) throws GisInputException {
        try {
            return SimulationCrs.frontier().fromCrs(raw.crs());
        } catch (IllegalArgumentException e) {
            throw GisInputException.of(raw.source(), "cannot reproject from "
                    + CrsSupport.describe(raw.crs()) + " into the simulation CRS: " + e.getMessage(), e);
        }
    }

    private static Geometry validOrRepaired(RawFeature feature, VectorReadOptions options, List<String> repairs)
            throws GisInputException {
        Geometry geometry = feature.geometry();
        if (geometry == null || geometry.isEmpty()) {
            throw GisInputException.of(feature.ref(), "has no geometry; expected a point, line or polygon");
        }
        IsValidOp validity = new IsValidOp(geometry);
        if (validity.isValid()) {
            return geometry;
        }
        String reason = describe(validity.getValidationError());
        if (options.invalidGeometry() == VectorReadOptions.InvalidGeometry.REJECT) {
            throw GisInputException.of(feature.ref(), "invalid " + geometry.getGeometryType() + " (" + reason
                    + "); expected a valid geometry (repair it in a GIS, or read with invalid geometries repaired)");
        }
        Geometry fixed = GeometryFixer.fix(geometry);
        if (fixed.isEmpty()) {
            throw GisInputException.of(feature.ref(), "invalid " + geometry.getGeometryType() + " (" + reason
                    + ") cannot be repaired: nothing of it is left; expected a valid geometry");
        }
        String repair = feature.ref().source() + ": " + feature.ref() + ": invalid " + geometry.getGeometryType()
                + " (" + reason + ") repaired into a " + fixed.getGeometryType();
        LOG.log(System.Logger.Level.WARNING, repair);
        repairs.add(repair);
        return fixed;
    }

    private static String describe(TopologyValidationError error) {
        Coordinate at = error.getCoordinate();
        return at == null ? error.getMessage() : error.getMessage() + " at " + at.x + " " + at.y;
    }

    private static Geometry reproject(RawFeature feature, Geometry geometry, MathTransform transform)
            throws GisInputException {
        Geometry projected;
        try {
            projected = JTS.transform(geometry, transform);
        } catch (TransformException | RuntimeException e) {
            throw GisInputException.of(feature.ref(), "cannot reproject into the simulation CRS: " + e.getMessage());
        }
        for (Coordinate c : projected.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                throw GisInputException.of(feature.ref(), "reprojecting into the simulation CRS gives a "
                        + "non-finite coordinate; expected coordinates within the layer's CRS' valid area");
            }
        }
        return projected;
    }

    private static void checkTouchesArea(RawLayer raw, List<Geometry> geometries, Envelope area)
            throws GisInputException {
        PreparedGeometry areaGeometry = PreparedGeometryFactory.prepare(GEOMETRY_FACTORY.toGeometry(area));
        Envelope extent = new Envelope();
        for (Geometry geometry : geometries) {
            if (areaGeometry.intersects(geometry)) {
                return;
            }
            extent.expandToInclude(geometry.getEnvelopeInternal());
        }
        throw GisInputException.of(raw.source(), "layer '" + raw.name() + "' lies wholly outside the simulation "
                + "area: layer extent " + metres(extent) + ", area " + metres(area)
                + " (simulation metres); expected a layer of the simulated region");
    }

    private static String metres(Envelope e) {
        return String.format(Locale.ROOT, "x %.0f..%.0f m, y %.0f..%.0f m", e.getMinX(), e.getMaxX(), e.getMinY(),
                e.getMaxY());
    }

    /** The most specific class all geometries share: a layer of points is typed Point. */
    private static Class<? extends Geometry> commonBinding(List<Geometry> geometries) {
        Class<? extends Geometry> common = geometries.get(0).getClass();
        for (Geometry geometry : geometries) {
            if (geometry.getClass() != common) {
                return Geometry.class;
            }
        }
        return common;
    }

    private static SimpleFeatureType featureType(RawLayer raw, CoordinateReferenceSystem crs,
            Class<? extends Geometry> binding) {
        Set<String> taken = new HashSet<>();
        for (Attribute attribute : raw.attributes()) {
            taken.add(attribute.name().toLowerCase(Locale.ROOT));
        }
        String geometryName = GEOMETRY_NAMES.stream().filter(n -> !taken.contains(n)).findFirst()
                .orElse("_firebreak_geometry");
        SimpleFeatureTypeBuilder builder = new SimpleFeatureTypeBuilder();
        builder.setName(raw.name());
        builder.setCRS(crs);
        builder.add(geometryName, binding);
        for (Attribute attribute : raw.attributes()) {
            builder.nillable(true);
            builder.add(attribute.name(), attribute.binding());
        }
        builder.setDefaultGeometry(geometryName);
        return builder.buildFeatureType();
    }
}
