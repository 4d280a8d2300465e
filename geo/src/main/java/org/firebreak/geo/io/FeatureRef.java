package org.firebreak.geo.io;

import java.util.Objects;

/**
 * Where a feature sits in its file, for messages: the source, the position in the format's own
 * terms ({@code features[2]} and a line for GeoJSON, {@code record 3} for a Shapefile, {@code fid 7}
 * for a GeoPackage) and the feature's id when it has one.
 *
 * @param source the file or resource
 * @param position the format's own position of the feature
 * @param id the feature's id (GeoJSON {@code id} member or an {@code id} property), or {@code null}
 */
record FeatureRef(String source, String position, String id) {

    FeatureRef {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public String toString() {
        return id == null ? position : position + " (id '" + id + "')";
    }
}
