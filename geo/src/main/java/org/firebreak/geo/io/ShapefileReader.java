package org.firebreak.geo.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.firebreak.geo.io.RawLayer.Attribute;
import org.firebreak.geo.io.RawLayer.RawFeature;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads an ESRI Shapefile: the {@code .shp} geometries, the {@code .dbf} attributes (required),
 * the {@code .prj} CRS and the {@code .cpg} code page (both optional), and the {@code .shx} index
 * when present, only to check it agrees with the {@code .shp}. Sibling files are found with the
 * extension in lower or upper case.
 *
 * <p>Text encoding of the {@code .dbf}: the code page named in the {@code .cpg} file (e.g.
 * {@code UTF-8}, {@code 1252}, {@code CP1256}); without one, the language driver byte of the
 * {@code .dbf} header for the common Windows code pages; otherwise ISO-8859-1, the encoding the
 * dBase format assumes and GDAL writes by default.
 *
 * <p>Deleted {@code .dbf} records are skipped with their shapes. Files are read whole into memory,
 * which suits the layers of a regional model (a few megabytes).
 */
final class ShapefileReader {

    /** dBase language driver ids for the Windows code pages (the ones GDAL and ArcGIS write). */
    private static final Map<Integer, String> LANGUAGE_DRIVERS = Map.of(
            0x03, "windows-1252", 0x57, "ISO-8859-1", 0xC8, "windows-1250", 0xC9, "windows-1251",
            0xCA, "windows-1254", 0xCB, "windows-1253", 0x7D, "windows-1255", 0x7E, "windows-1256");

    private static final GeometryFactory GEOMETRY_FACTORY = new GeometryFactory();

    private ShapefileReader() {
    }

    static RawLayer read(Path shp, Optional<CoordinateReferenceSystem> declaredCrs) throws GisInputException {
        String source = shp.toString();
        String name = baseName(shp);
        List<Geometry> geometries = new ShpGeometryReader(source, GEOMETRY_FACTORY).read(bytes(shp, source));
        checkIndex(shp, geometries.size());

        Path dbf = sibling(shp, "dbf").orElseThrow(() -> GisInputException.of(source,
                "has no .dbf file beside it; a Shapefile needs its .shp, .shx and .dbf"));
        byte[] dbfBytes = bytes(dbf, dbf.toString());
        DbfReader.Table table = new DbfReader(dbf.toString(), charset(shp, dbfBytes)).read(dbfBytes);
        if (table.records().size() != geometries.size()) {
            throw GisInputException.of(source, "has " + geometries.size() + " shapes but " + dbf.getFileName()
                    + " has " + table.records().size() + " records; expected one record per shape");
        }

        Optional<Path> prj = sibling(shp, "prj");
        Optional<CoordinateReferenceSystem> own = Optional.empty();
        if (prj.isPresent()) {
            own = Optional.of(CrsSupport.parsePrj(prj.get().toString(), text(prj.get(), StandardCharsets.UTF_8)));
        }
        CoordinateReferenceSystem crs = CrsSupport.resolve(source, own, declaredCrs, "no .prj file beside it");

        int idColumn = idColumn(table.attributes());
        List<RawFeature> features = new ArrayList<>();
        for (int i = 0; i < geometries.size(); i++) {
            if (table.deleted().get(i)) {
                continue;
            }
            Object[] values = table.records().get(i);
            Object id = idColumn < 0 ? null : values[idColumn];
            FeatureRef ref = new FeatureRef(source, "record " + (i + 1), id == null ? null : id.toString());
            features.add(new RawFeature(ref, name + "." + (i + 1), geometries.get(i), values));
        }
        return new RawLayer(name, source, crs, table.attributes(), features);
    }

    /** The {@code .shx} is not needed to read, but one that disagrees means a damaged dataset. */
    private static void checkIndex(Path shp, int shapes) throws GisInputException {
        Optional<Path> shx = sibling(shp, "shx");
        if (shx.isEmpty()) {
            return;
        }
        byte[] index = bytes(shx.get(), shx.get().toString());
        int entries = (index.length - ShpGeometryReader.HEADER_BYTES) / 8;
        if (index.length < ShpGeometryReader.HEADER_BYTES || entries != shapes) {
            throw GisInputException.of(shx.get().toString(), "indexes " + Math.max(0, entries) + " records but "
                    + shp.getFileName() + " holds " + shapes + "; one of them is truncated or from another dataset");
        }
    }

    private static Charset charset(Path shp, byte[] dbf) throws GisInputException {
        Optional<Path> cpg = sibling(shp, "cpg");
        if (cpg.isPresent()) {
            String page = text(cpg.get(), StandardCharsets.US_ASCII).strip();
            try {
                return Charset.forName(page.matches("\\d+") ? codePage(Integer.parseInt(page)) : page);
            } catch (IllegalArgumentException e) {
                throw GisInputException.of(cpg.get().toString(), "names the unknown code page '" + page
                        + "'; expected e.g. UTF-8, 1252 or ISO-8859-1");
            }
        }
        String byDriver = LANGUAGE_DRIVERS.get(Byte.toUnsignedInt(dbf.length > 29 ? dbf[29] : 0));
        return byDriver == null ? StandardCharsets.ISO_8859_1 : Charset.forName(byDriver);
    }

    private static String codePage(int number) {
        if (number == 65001) {
            return "UTF-8";
        }
        return number >= 1250 && number <= 1258 ? "windows-" + number : "IBM" + number;
    }

    private static int idColumn(List<Attribute> attributes) {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().equalsIgnoreCase("id")) {
                return i;
            }
        }
        return -1;
    }

    static Optional<Path> sibling(Path file, String extension) {
        String base = baseName(file);
        for (String ext : new String[] {extension, extension.toUpperCase(Locale.ROOT)}) {
            Path candidate = file.resolveSibling(base + "." + ext);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static byte[] bytes(Path file, String source) throws GisInputException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw GisInputException.of(source, "no such file", e);
        } catch (IOException e) {
            throw GisInputException.of(source, "cannot read: " + e.getMessage(), e);
        }
    }

    private static String text(Path file, Charset charset) throws GisInputException {
        return charset.decode(ByteBuffer.wrap(bytes(file, file.toString()))).toString();
    }
}
