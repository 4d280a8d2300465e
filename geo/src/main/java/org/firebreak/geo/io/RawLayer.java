package org.firebreak.geo.io;

import java.util.List;
import java.util.Objects;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Geometry;

/**
 * What a format reader hands over: a layer's features as they are in the file, in the file's own
 * CRS, before validation, repair and reprojection (which {@link LayerAssembler} does the same way
 * for every format).
 *
 * @param name the layer name
 * @param source the file or resource, for messages
 * @param crs the CRS the geometries are in (from the file, or declared by the caller)
 * @param attributes the non-geometry attributes, in file order
 * @param features the features, in file order
 */
record RawLayer(String name, String source, CoordinateReferenceSystem crs, List<Attribute> attributes,
        List<RawFeature> features) {

    RawLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(crs, "crs");
        attributes = List.copyOf(attributes);
        features = List.copyOf(features);
    }

    /**
     * A non-geometry attribute.
     *
     * @param name the attribute name
     * @param binding its Java type: String, Long, Double, Boolean, LocalDate or byte[]
     */
    record Attribute(String name, Class<?> binding) {
        Attribute {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(binding, "binding");
        }
    }

    /**
     * One feature as read.
     *
     * @param ref where it is in the file
     * @param fid the feature id to give the GeoTools feature
     * @param geometry its geometry in the layer's CRS, or {@code null} if the file has none for it
     * @param values one value per {@link RawLayer#attributes()} entry, of that attribute's binding
     *     or {@code null}
     */
    record RawFeature(FeatureRef ref, String fid, Geometry geometry, Object[] values) {
        RawFeature {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(fid, "fid");
            Objects.requireNonNull(values, "values");
        }
    }
}
