package org.firebreak.geo.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageException;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.firebreak.geo.io.RawLayer.Attribute;
import org.firebreak.geo.io.RawLayer.RawFeature;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads one feature table of a GeoPackage with NGA's library. Geometries go from the GeoPackage
 * blob to JTS through WKB. The CRS comes from {@code gpkg_spatial_ref_sys}: an EPSG organisation
 * code is decoded from GeoTools' EPSG database (longitude first, as GeoPackage stores it), any other
 * SRS from its WKT definition; the SRS ids -1 and 0 (undefined) count as no CRS.
 *
 * <p>Column types: integers → Long, REAL/FLOAT/DOUBLE → Double, BOOLEAN → Boolean, TEXT → String,
 * DATE → {@link LocalDate}, DATETIME → {@link Instant}, BLOB → byte[].
 */
final class GeoPackageLayerReader {

    private static final GeometryFactory GEOMETRY_FACTORY = new GeometryFactory();

    private GeoPackageLayerReader() {
    }

    /** @return the names of the file's feature tables */
    static List<String> featureTables(Path file) throws GisInputException {
        try (GeoPackage geoPackage = open(file)) {
            return List.copyOf(geoPackage.getFeatureTables());
        } catch (GeoPackageException e) {
            throw GisInputException.of(file.toString(), "cannot read as a GeoPackage: " + e.getMessage(), e);
        }
    }

    static RawLayer read(Path file, Optional<String> layerName, Optional<CoordinateReferenceSystem> declaredCrs)
            throws GisInputException {
        String source = file.toString();
        try (GeoPackage geoPackage = open(file)) {
            String table = table(source, geoPackage.getFeatureTables(), layerName);
            String layerSource = source + " (layer '" + table + "')";
            // The SRS is looked up before NGA builds its own projection for the table, which fails
            // with a stack trace in the log for codes it does not know.
            CoordinateReferenceSystem crs = CrsSupport.resolve(layerSource, crsOf(layerSource, srs(geoPackage, table)),
                    declaredCrs, "its SRS in gpkg_spatial_ref_sys is undefined");
            FeatureDao dao = geoPackage.getFeatureDao(table);
            List<FeatureColumn> columns = new ArrayList<>();
            List<Attribute> attributes = new ArrayList<>();
            for (FeatureColumn column : dao.getTable().getColumns()) {
                if (!column.isPrimaryKey() && !column.isGeometry()) {
                    columns.add(column);
                    attributes.add(new Attribute(column.getName(), binding(column)));
                }
            }
            int idColumn = -1;
            for (int i = 0; i < attributes.size(); i++) {
                if (attributes.get(i).name().equalsIgnoreCase("id")) {
                    idColumn = i;
                }
            }
            List<RawFeature> features = new ArrayList<>();
            FeatureResultSet rows = dao.queryForAll();
            try {
                while (rows.moveToNext()) {
                    FeatureRow row = rows.getRow();
                    Object id = idColumn < 0 ? null : row.getValue(columns.get(idColumn).getName());
                    FeatureRef ref = new FeatureRef(layerSource, "fid " + row.getId(), id == null ? null : id.toString());
                    Object[] values = new Object[columns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = convert(ref, columns.get(i).getName(), row.getValue(columns.get(i).getName()),
                                attributes.get(i).binding());
                    }
                    features.add(new RawFeature(ref, table + "." + row.getId(), geometry(ref, row.getGeometry()), values));
                }
            } finally {
                rows.close();
            }
            return new RawLayer(table, layerSource, crs, attributes, features);
        } catch (SQLException | RuntimeException e) {
            // NGA reports a damaged file or an SRS it cannot project with various runtime exceptions.
            throw GisInputException.of(source, "cannot read as a GeoPackage: " + e.getMessage(), e);
        }
    }

    private static SpatialReferenceSystem srs(GeoPackage geoPackage, String table) throws SQLException {
        List<GeometryColumns> columns = geoPackage.getGeometryColumnsDao()
                .queryForEq(GeometryColumns.COLUMN_TABLE_NAME, table);
        if (columns.isEmpty()) {
            return null;
        }
        return geoPackage.getSpatialReferenceSystemDao().queryForId(columns.get(0).getSrsId());
    }

    private static GeoPackage open(Path file) throws GisInputException {
        if (!Files.isRegularFile(file)) {
            throw GisInputException.of(file.toString(), "no such file");
        }
        NgaSupport.init();
        try {
            return GeoPackageManager.open(false, file.toFile());
        } catch (GeoPackageException e) {
            throw GisInputException.of(file.toString(), "cannot open as a GeoPackage: " + e.getMessage(), e);
        }
    }

    private static String table(String source, List<String> tables, Optional<String> wanted) throws GisInputException {
        if (wanted.isPresent()) {
            if (!tables.contains(wanted.get())) {
                throw GisInputException.of(source, "has no feature table '" + wanted.get() + "'; it has " + tables);
            }
            return wanted.get();
        }
        if (tables.size() != 1) {
            throw GisInputException.of(source, tables.isEmpty() ? "holds no feature tables; expected one"
                    : "holds " + tables.size() + " feature tables " + tables + "; name the one to read");
        }
        return tables.get(0);
    }

    private static Optional<CoordinateReferenceSystem> crsOf(String source, SpatialReferenceSystem srs)
            throws GisInputException {
        if (srs == null || srs.getSrsId() == -1 || srs.getSrsId() == 0) {
            return Optional.empty();
        }
        String definition = srs.getDefinition() == null ? "" : srs.getDefinition().strip();
        boolean hasWkt = !definition.isEmpty() && !definition.equalsIgnoreCase("undefined");
        if ("EPSG".equalsIgnoreCase(srs.getOrganization()) && srs.getOrganizationCoordsysId() > 0) {
            try {
                return Optional.of(CrsSupport.decodeEpsg(source, srs.getOrganizationCoordsysId(),
                        "gpkg_spatial_ref_sys (srs_id " + srs.getSrsId() + ") names an"));
            } catch (GisInputException e) {
                if (!hasWkt) {
                    throw e;
                }
                // An EPSG code newer than GeoTools' database: the definition still says what it is.
            }
        }
        if (!hasWkt) {
            return Optional.empty();
        }
        return Optional.of(CrsSupport.parsePrj(source + " (gpkg_spatial_ref_sys srs_id " + srs.getSrsId() + ")",
                definition));
    }

    private static Class<?> binding(FeatureColumn column) {
        switch (column.getDataType()) {
            case BOOLEAN:
                return Boolean.class;
            case TINYINT:
            case SMALLINT:
            case MEDIUMINT:
            case INT:
            case INTEGER:
                return Long.class;
            case FLOAT:
            case DOUBLE:
            case REAL:
                return Double.class;
            case DATE:
                return LocalDate.class;
            case DATETIME:
                return Instant.class;
            case BLOB:
                return byte[].class;
            default:
                return String.class;
        }
    }

    private static Object convert(FeatureRef ref, String column, Object value, Class<?> binding)
            throws GisInputException {
        try {
            return convert(value, binding);
        } catch (RuntimeException e) {
            throw GisInputException.of(ref, "column '" + column + "' holds '" + value + "', which is not a valid "
                    + binding.getSimpleName());
        }
    }

    private static Object convert(Object value, Class<?> binding) {
        if (value == null || binding.isInstance(value)) {
            return value;
        } else if (binding == Long.class && value instanceof Number) {
            return ((Number) value).longValue();
        } else if (binding == Double.class && value instanceof Number) {
            return ((Number) value).doubleValue();
        } else if (binding == Boolean.class && value instanceof Number) {
            return ((Number) value).intValue() != 0;
        } else if (binding == LocalDate.class && value instanceof Date) {
            return utcFields((Date) value).toLocalDate();
        } else if (binding == LocalDate.class) {
            return LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
        } else if (binding == Instant.class && value instanceof Date) {
            return utcFields((Date) value).toInstant(ZoneOffset.UTC);
        } else if (binding == Instant.class) {
            return Instant.parse(value.toString());
        }
        return value.toString();
    }

    /**
     * NGA parses DATE and DATETIME text with {@code SimpleDateFormat} in UTC, whose calendar is
     * Julian before 1582; reading the fields back the same way returns the text's own date (a
     * plain {@code toInstant()} would shift a date of year 762 by four days).
     */
    private static LocalDateTime utcFields(Date date) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTime(date);
        return LocalDateTime.of(calendar.get(Calendar.YEAR), calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH), calendar.get(Calendar.HOUR_OF_DAY), calendar.get(Calendar.MINUTE),
                calendar.get(Calendar.SECOND), calendar.get(Calendar.MILLISECOND) * 1_000_000);
    }

    private static Geometry geometry(FeatureRef ref, GeoPackageGeometryData data) throws GisInputException {
        if (data == null || data.isEmpty()) {
            return null;
        }
        try {
            return new WKBReader(GEOMETRY_FACTORY).read(data.getWkb());
        } catch (IOException | ParseException | RuntimeException e) {
            throw GisInputException.of(ref, "cannot decode its geometry blob: " + e.getMessage());
        }
    }
}
