package org.firebreak.geo.io;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes features into a GeoPackage, one feature table per collection, in WGS 84
 * longitude/latitude ({@code EPSG:4326}, an SRS NGA's library knows; it cannot create some others,
 * such as UTM zones, by itself), so QGIS opens it as it is.
 *
 * <p>Each table has an integer primary key {@code fid}, a geometry column {@code geom} typed after
 * the feature type's geometry (POINT, LINESTRING, ...), and one column per other attribute:
 * whole numbers as INTEGER, other numbers as DOUBLE, booleans as BOOLEAN, {@link LocalDate} as
 * DATE, {@link Instant} and {@link Date} as DATETIME, byte arrays as BLOB, anything else as TEXT.
 * Feature ids are not kept (the GeoPackage numbers rows itself).
 *
 * <p>The file is written under a temporary name beside the target and renamed when complete; an
 * existing target is replaced.
 */
public final class GeoPackageWriter {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String ID_COLUMN = "fid";
    private static final String GEOMETRY_COLUMN = "geom";

    private GeoPackageWriter() {
    }

    /**
     * Writes one feature table.
     *
     * @param target the {@code .gpkg} file to write (replaced if it exists); its directory must exist
     * @param table the table name: letters, digits and underscores, not starting with a digit
     * @param features features whose geometries carry a CRS (their feature type's)
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if a name is not allowed, an attribute is called
     *     {@code fid} or {@code geom}, or the geometries have no CRS
     */
    public static void write(Path target, String table, SimpleFeatureCollection features) throws IOException {
        Map<String, SimpleFeatureCollection> tables = new LinkedHashMap<>();
        tables.put(table, features);
        write(target, tables);
    }

    /**
     * Writes several feature tables into one GeoPackage, e.g. tracks and events.
     *
     * @param target the {@code .gpkg} file to write (replaced if it exists); its directory must exist
     * @param tables the tables by name, written in the map's order
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException as for {@link #write(Path, String, SimpleFeatureCollection)}
     */
    public static void write(Path target, Map<String, SimpleFeatureCollection> tables) throws IOException {
        Objects.requireNonNull(target, "target");
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg")) {
            throw new IllegalArgumentException("a GeoPackage file name must end with .gpkg, got " + target);
        }
        Map<String, List<WgsFeatures.Entry>> contents = new LinkedHashMap<>();
        for (Map.Entry<String, SimpleFeatureCollection> table : tables.entrySet()) {
            checkName(table.getKey(), "table");
            contents.put(table.getKey(), WgsFeatures.of(table.getValue()));
        }
        NgaSupport.init();
        AtomicFiles.write(target, true, temporary -> {
            try (GeoPackage geoPackage = GeoPackageManager.open(GeoPackageManager.create(temporary.toFile()))) {
                SpatialReferenceSystem wgs84 = geoPackage.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326);
                for (Map.Entry<String, SimpleFeatureCollection> table : tables.entrySet()) {
                    writeTable(geoPackage, wgs84, table.getKey(), table.getValue().getSchema(),
                            contents.get(table.getKey()));
                }
            } catch (SQLException | RuntimeException e) {
                throw new IOException("cannot write the GeoPackage " + target + ": " + e.getMessage(), e);
            }
        });
    }

    private static void writeTable(GeoPackage geoPackage, SpatialReferenceSystem srs, String table,
            SimpleFeatureType type, List<WgsFeatures.Entry> features) {
        List<AttributeDescriptor> attributes = new ArrayList<>();
        List<FeatureColumn> columns = new ArrayList<>();
        for (AttributeDescriptor descriptor : type.getAttributeDescriptors()) {
            if (descriptor.equals(type.getGeometryDescriptor())) {
                continue;
            }
            String name = descriptor.getLocalName();
            checkName(name, "attribute");
            if (name.equalsIgnoreCase(ID_COLUMN) || name.equalsIgnoreCase(GEOMETRY_COLUMN)) {
                throw new IllegalArgumentException("attribute '" + name + "' of '" + table + "' would clash with the "
                        + "GeoPackage's own '" + ID_COLUMN + "' and '" + GEOMETRY_COLUMN + "' columns; rename it");
            }
            attributes.add(descriptor);
            columns.add(FeatureColumn.createColumn(name, dataType(descriptor.getType().getBinding())));
        }
        GeometryColumns geometryColumns = new GeometryColumns();
        geometryColumns.setId(new TableColumnKey(table, GEOMETRY_COLUMN));
        geometryColumns.setGeometryType(geometryType(type));
        geometryColumns.setZ((byte) 0);
        geometryColumns.setM((byte) 0);
        geometryColumns.setSrsId(srs.getSrsId());
        geoPackage.createFeatureTable(FeatureTableMetadata.create(geometryColumns, ID_COLUMN, columns,
                boundingBox(features)));

        FeatureDao dao = geoPackage.getFeatureDao(table);
        WKBWriter wkb = new WKBWriter(2);
        dao.beginTransaction();
        boolean done = false;
        try {
            for (WgsFeatures.Entry entry : features) {
                FeatureRow row = dao.newRow();
                if (entry.lonLat() != null) {
                    row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(srs.getSrsId(),
                            wkb.write(entry.lonLat())));
                }
                for (AttributeDescriptor descriptor : attributes) {
                    row.setValue(descriptor.getLocalName(), value(entry.feature(), descriptor));
                }
                dao.insert(row);
            }
            done = true;
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a geometry of '" + table + "': " + e.getMessage(), e);
        } finally {
            dao.endTransaction(done);
        }
    }

    private static Object value(SimpleFeature feature, AttributeDescriptor descriptor) {
        Object value = feature.getAttribute(descriptor.getName());
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        } else if (value instanceof Float) {
            return ((Float) value).doubleValue();
        } else if (value instanceof LocalDate) {
            // As text: NGA would format a java.util.Date with a Julian calendar before 1582.
            return value.toString();
        } else if (value instanceof Instant) {
            return Date.from((Instant) value);
        } else if (value == null || value instanceof Long || value instanceof Double || value instanceof Boolean
                || value instanceof String || value instanceof Date || value instanceof byte[]) {
            return value;
        } else if (value instanceof Geometry) {
            return ((Geometry) value).toText();
        }
        return value.toString();
    }

    private static GeoPackageDataType dataType(Class<?> binding) {
        if (binding == Long.class || binding == Integer.class || binding == Short.class || binding == Byte.class) {
            return GeoPackageDataType.INTEGER;
        } else if (binding == Double.class || binding == Float.class) {
            return GeoPackageDataType.DOUBLE;
        } else if (binding == Boolean.class) {
            return GeoPackageDataType.BOOLEAN;
        } else if (binding == LocalDate.class) {
            return GeoPackageDataType.DATE;
        } else if (binding == Instant.class || Date.class.isAssignableFrom(binding)) {
            return GeoPackageDataType.DATETIME;
        } else if (binding == byte[].class) {
            return GeoPackageDataType.BLOB;
        }
        return GeoPackageDataType.TEXT;
    }

    private static GeometryType geometryType(SimpleFeatureType type) {
        if (type.getGeometryDescriptor() == null) {
            return GeometryType.GEOMETRY;
        }
        String name = type.getGeometryDescriptor().getType().getBinding().getSimpleName();
        for (GeometryType candidate : GeometryType.values()) {
            if (candidate.name().equalsIgnoreCase(name)) {
                return candidate;
            }
        }
        return GeometryType.GEOMETRY;
    }

    private static BoundingBox boundingBox(List<WgsFeatures.Entry> features) {
        Envelope all = new Envelope();
        for (WgsFeatures.Entry entry : features) {
            if (entry.lonLat() != null) {
                all.expandToInclude(entry.lonLat().getEnvelopeInternal());
            }
        }
        return all.isNull() ? new BoundingBox() : new BoundingBox(all.getMinX(), all.getMinY(), all.getMaxX(),
                all.getMaxY());
    }

    private static void checkName(String name, String what) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " name '" + name + "' is not allowed in a GeoPackage written "
                    + "here; expected letters, digits and underscores, not starting with a digit");
        }
    }
}
