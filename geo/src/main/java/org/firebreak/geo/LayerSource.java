package org.firebreak.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.firebreak.data.BundledDatasets;
import org.firebreak.geo.io.GisInputException;
import org.firebreak.geo.io.RasterLayer;
import org.firebreak.geo.io.RasterLayers;
import org.firebreak.geo.io.RasterReadOptions;
import org.firebreak.geo.io.VectorLayer;
import org.firebreak.geo.io.VectorLayers;
import org.firebreak.geo.io.VectorReadOptions;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * Where the layers of a map dataset come from: the data module's jar, or a directory of the
 * modeller's own. Either holds a {@code dataset.json} naming each layer's file (see the data
 * module's README for the layout).
 */
sealed interface LayerSource permits LayerSource.Bundled, LayerSource.Directory {
    /** @return the dataset's name */
    String name();

    /** @return the checked dataset.json */
    DatasetDescriptor descriptor();

    /**
     * @param file a file named in dataset.json
     * @return the vector layer, reprojected into the simulation CRS
     * @throws GisInputException if the file is not a valid layer
     */
    VectorLayer vector(String file) throws GisInputException;

    /**
     * @param file a raster file named in dataset.json
     * @return the raster
     * @throws GisInputException if the file is not a valid raster
     */
    RasterLayer raster(String file) throws GisInputException;

    /** The datasets shipped in the firebreak-data jar. */
    record Bundled(String name) implements LayerSource {
        @Override
        public DatasetDescriptor descriptor() {
            try (InputStream in = BundledDatasets.open(name, "dataset.json")) {
                return DatasetDescriptor.read(in, BundledDatasets.resourcePath(name, "dataset.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public VectorLayer vector(String file) throws GisInputException {
            try (InputStream in = BundledDatasets.open(name, file)) {
                return VectorLayers.read(BundledDatasets.resourcePath(name, file), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public RasterLayer raster(String file) throws GisInputException {
            return RasterLayers.readResource(BundledDatasets.class, BundledDatasets.resourcePath(name, file),
                    RasterReadOptions.defaults());
        }
    }

    /**
     * A directory holding dataset.json and the files it names, in any format the geo readers
     * take (GeoJSON, Shapefile, GeoPackage; GeoTIFF, ESRI ASCII grid).
     *
     * @param dir the directory
     * @param declaredCrs the CRS of files that carry none (the scenario's {@code terrain.crs})
     */
    record Directory(Path dir, Optional<CoordinateReferenceSystem> declaredCrs) implements LayerSource {
        @Override
        public String name() {
            return dir.toString();
        }

        @Override
        public DatasetDescriptor descriptor() {
            Path descriptor = dir.resolve("dataset.json");
            if (!Files.isRegularFile(descriptor)) {
                throw new IllegalArgumentException(dir + ": no dataset.json; expected a directory holding dataset.json "
                        + "and the layer files it names");
            }
            try (InputStream in = Files.newInputStream(descriptor)) {
                return DatasetDescriptor.read(in, descriptor.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public VectorLayer vector(String file) throws GisInputException {
            VectorReadOptions options = VectorReadOptions.defaults();
            if (declaredCrs.isPresent()) {
                options = options.declaredCrs(declaredCrs.get());
            }
            return VectorLayers.read(inside(file), options);
        }

        @Override
        public RasterLayer raster(String file) throws GisInputException {
            RasterReadOptions options = RasterReadOptions.defaults();
            if (declaredCrs.isPresent()) {
                options = options.declaredCrs(declaredCrs.get());
            }
            return RasterLayers.read(inside(file), options);
        }

        /**
         * The descriptor already refuses paths that leave the directory; this also refuses a file
         * that a link inside the directory leads out of it.
         */
        private Path inside(String file) throws GisInputException {
            Path p = dir.resolve(file).normalize();
            try {
                if (Files.exists(p) && !p.toRealPath().startsWith(dir.toRealPath())) {
                    throw GisInputException.of(p.toString(), "leads outside the dataset's "
                            + "directory " + dir + "; expected the layer's file inside it");
                }
            } catch (IOException e) {
                throw GisInputException.of(p.toString(), "cannot read: " + e.getMessage());
            }
            return p;
        }
    }
}
