package org.firebreak.geo.io;

import java.util.List;
import java.util.Objects;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A vector layer read from a GIS file: its features with their properties, and geometries in
 * {@link #crs()}, which is the simulation CRS unless the layer was read with
 * {@link VectorReadOptions#reproject(boolean) reproject(false)}.
 *
 * <p>A value: the list cannot be changed, and readers hand out features nobody else holds. GeoTools
 * features are mutable objects, though; treat them as read-only.
 */
public final class VectorLayer {

    private final String name;
    private final String source;
    private final CoordinateReferenceSystem sourceCrs;
    private final CoordinateReferenceSystem crs;
    private final SimpleFeatureType featureType;
    private final List<SimpleFeature> features;
    private final List<String> repairs;
    private final Envelope envelope;

    VectorLayer(String name, String source, CoordinateReferenceSystem sourceCrs, CoordinateReferenceSystem crs,
            SimpleFeatureType featureType, List<SimpleFeature> features, List<String> repairs) {
        this.name = Objects.requireNonNull(name, "name");
        this.source = Objects.requireNonNull(source, "source");
        this.sourceCrs = Objects.requireNonNull(sourceCrs, "sourceCrs");
        this.crs = Objects.requireNonNull(crs, "crs");
        this.featureType = Objects.requireNonNull(featureType, "featureType");
        this.features = List.copyOf(features);
        this.repairs = List.copyOf(repairs);
        Envelope all = new Envelope();
        for (SimpleFeature feature : this.features) {
            all.expandToInclude(((Geometry) feature.getDefaultGeometry()).getEnvelopeInternal());
        }
        this.envelope = all;
    }

    /** @return the layer name: the GeoPackage table, the file's base name, or a GeoJSON {@code name} member */
    public String name() {
        return name;
    }

    /** @return the file or resource the layer was read from, as the caller named it */
    public String source() {
        return source;
    }

    /** @return the CRS of the file (or declared for it) */
    public CoordinateReferenceSystem sourceCrs() {
        return sourceCrs;
    }

    /** @return the CRS of the geometries held: the simulation CRS, or {@link #sourceCrs()} if not reprojected */
    public CoordinateReferenceSystem crs() {
        return crs;
    }

    /** @return the feature type: the geometry attribute (with {@link #crs()}) and then the file's properties */
    public SimpleFeatureType featureType() {
        return featureType;
    }

    /** @return the features, in file order (never empty) */
    public List<SimpleFeature> features() {
        return features;
    }

    /** @return the features as a GeoTools collection, e.g. for the writers */
    public SimpleFeatureCollection collection() {
        return new ListFeatureCollection(featureType, features);
    }

    /** @return the number of features */
    public int size() {
        return features.size();
    }

    /**
     * @return one line per geometry that was invalid and repaired, naming the feature and the
     *     reason; empty if none needed repair
     */
    public List<String> repairs() {
        return repairs;
    }

    /** @return the bounding box of all geometries, in {@link #crs()} (a copy) */
    public Envelope envelope() {
        return new Envelope(envelope);
    }

    @Override
    public String toString() {
        return "VectorLayer[" + name + " from " + source + ", " + features.size() + " features]";
    }
}
