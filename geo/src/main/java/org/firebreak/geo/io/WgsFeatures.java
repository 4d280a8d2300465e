package org.firebreak.geo.io;

import java.util.ArrayList;
import java.util.List;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Geometry;

/** What both writers need first: the features, and their geometries in WGS 84 longitude/latitude. */
final class WgsFeatures {

    private WgsFeatures() {
    }

    /** A feature and its geometry in longitude/latitude ({@code null} if it has none). */
    record Entry(SimpleFeature feature, Geometry lonLat) {
    }

    static List<Entry> of(SimpleFeatureCollection collection) {
        SimpleFeatureType type = collection.getSchema();
        CoordinateReferenceSystem crs = type.getCoordinateReferenceSystem();
        if (type.getGeometryDescriptor() != null && crs == null) {
            throw new IllegalArgumentException("feature type '" + type.getTypeName()
                    + "' has no CRS on its geometry; expected one to transform into WGS 84");
        }
        MathTransform toLonLat;
        try {
            toLonLat = crs == null ? null : CRS.findMathTransform(crs, DefaultGeographicCRS.WGS84, false);
        } catch (FactoryException e) {
            throw new IllegalArgumentException("no transform from " + crs.getName() + " into WGS 84: "
                    + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        try (SimpleFeatureIterator it = collection.features()) {
            while (it.hasNext()) {
                SimpleFeature feature = it.next();
                Geometry geometry = (Geometry) feature.getDefaultGeometry();
                entries.add(new Entry(feature, geometry == null ? null : lonLat(feature, geometry, toLonLat)));
            }
        }
        return entries;
    }

    private static Geometry lonLat(SimpleFeature feature, Geometry geometry, MathTransform toLonLat) {
        try {
            return JTS.transform(geometry, toLonLat);
        } catch (TransformException e) {
            throw new IllegalArgumentException("feature '" + feature.getID() + "': cannot transform its geometry "
                    + "into WGS 84: " + e.getMessage(), e);
        }
    }
}
