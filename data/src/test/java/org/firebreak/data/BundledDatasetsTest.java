package org.firebreak.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundledDatasetsTest {
    private static final String F = BundledDatasets.FRONTIER;

    @Test
    void theFrontierIsTheBundledDataset() {
        assertThat(BundledDatasets.names()).containsExactly("frontier");
        assertThat(BundledDatasets.description(F)).contains("Iran").contains("Syria");
        assertThat(BundledDatasets.files(F)).containsExactly("borders.geojson", "countries.geojson",
                "crossings.geojson", "dataset.json", "elevation.asc", "elevation.prj", "lakes.geojson",
                "marshes.geojson", "places.geojson", "rivers.geojson", "roads.geojson");
        assertThat(BundledDatasets.resourcePath(F, "borders.geojson"))
                .isEqualTo("/org/firebreak/data/frontier/borders.geojson");
        assertThat(BundledDatasets.url(F, BundledDatasets.MANIFEST)).isNotNull();
    }

    @Test
    void everyShippedFileMatchesItsManifestChecksum() throws IOException, NoSuchAlgorithmException {
        for (String file : BundledDatasets.files(F)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = BundledDatasets.open(F, file)) {
                sha.update(in.readAllBytes());
            }
            assertThat(HexFormat.of().formatHex(sha.digest()))
                    .as("SHA-256 of %s: a shipped file changed without data/prep/build.sh", file)
                    .isEqualTo(BundledDatasets.checksums(F).get(file));
        }
    }

    @Test
    void everyFileOfTheFolderIsInTheManifest() throws IOException, URISyntaxException {
        Path dir = folder();
        Set<String> present = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> present.add(p.getFileName().toString()));
        }
        present.remove(BundledDatasets.MANIFEST);
        assertThat(present).containsExactlyInAnyOrderElementsOf(BundledDatasets.files(F));
    }

    @Test
    void theDescriptorListsEveryFile() {
        JsonNode d = FrontierFiles.json("dataset.json");
        assertThat(d.get("name").asText()).isEqualTo("frontier");
        assertThat(d.get("bbox").toString()).isEqualTo("[38,28,50,38]");
        Set<String> listed = new HashSet<>(List.of("dataset.json"));
        for (JsonNode layer : d.get("layers")) {
            listed.add(layer.get("file").asText());
            if (layer.has("prj")) {
                listed.add(layer.get("prj").asText());
            }
            assertThat(layer.get("crs").asText()).as(layer.get("name").asText()).isEqualTo("EPSG:4326");
            assertThat(layer.get("source").asText()).isNotBlank();
            assertThat(layer.get("licence").asText()).isNotBlank();
            if (layer.has("features")) {
                assertThat(FrontierFiles.json(layer.get("file").asText()).get("features").size())
                        .as("feature count of %s", layer.get("file").asText())
                        .isEqualTo(layer.get("features").asInt());
            }
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(BundledDatasets.files(F));
    }

    @Test
    void theBundledResourcesStayWellUnderTheJarLimit() throws IOException, URISyntaxException {
        Path root = folder().getParent();
        long bytes;
        try (Stream<Path> files = Files.walk(root)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertThat(bytes).as("bytes of all firebreak-data resources").isLessThan(15L * 1024 * 1024);
    }

    @Test
    void unknownNamesAreRefusedWithWhatExists() {
        assertThatThrownBy(() -> BundledDatasets.open("atlantis", "borders.geojson"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no bundled dataset 'atlantis'").hasMessageContaining("frontier");
        assertThatThrownBy(() -> BundledDatasets.open(F, "roads.shp"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no file 'roads.shp'").hasMessageContaining("roads.geojson");
        assertThatThrownBy(() -> BundledDatasets.files("atlantis")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(BundledDatasets.url(F, BundledDatasets.MANIFEST).toURI()).getParent();
    }
}
