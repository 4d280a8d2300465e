package org.firebreak.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.firebreak.geo.io.Fixtures.catchGis;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ESRI ASCII grids that GeoTools' reader would refuse with a message naming nothing. */
class AsciiGridErrorsTest {
    private static final String HEADER = "ncols 4\nnrows 3\nxllcorner 44.0\nyllcorner 33.0\ncellsize 0.25\n"
            + "NODATA_value -9999\n";
    private static final String PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
            + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    @TempDir
    Path dir;

    private Path grid(String text) {
        Path f = dir.resolve("g.asc");
        try {
            Files.writeString(f, text, StandardCharsets.US_ASCII);
            Files.writeString(dir.resolve("g.prj"), PRJ);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return f;
    }

    @Test
    void aGridWithoutItsFinalNewlineReadsAsTheSameGridWithIt() throws Exception {
        String body = "10 20 30 40\n50 60 70 80\n90 100 110 120.5";
        float[] without = RasterLayers.read(grid(HEADER + body)).values();
        float[] with = RasterLayers.read(grid(HEADER + body + "\n")).values();
        assertThat(without).containsExactly(with).containsExactly(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120.5f);
    }

    @Test
    void aShortGridNamesTheFileTheRowAndTheValuesExpected() throws Exception {
        Path f = grid(HEADER + "10 20 30 40\n50 60\n");
        GisInputException e = catchGis(() -> RasterLayers.read(f));
        assertThat(e.source()).isEqualTo(f.toString());
        assertThat(e.problem()).isEqualTo("ends after 6 values, in row 2; expected nrows x ncols = 3 x 4 = 12 values");
    }

    @Test
    void textAndNanCellsAreNamedByRowAndColumn() throws Exception {
        GisInputException text = catchGis(() -> RasterLayers.read(grid(HEADER + "10 20 30 40\n50 high 70 80\n"
                + "90 100 110 120\n")));
        assertThat(text.problem()).startsWith("row 2, column 2: 'high'; expected a number");
        GisInputException nan = catchGis(() -> RasterLayers.read(grid(HEADER + "10 20 30 40\n50 60 70 80\n"
                + "90 100 NaN 120\n")));
        assertThat(nan.problem()).startsWith("row 3, column 3: 'NaN'; expected a number")
                .contains("nodata_value");
        GisInputException huge = catchGis(() -> RasterLayers.read(grid(HEADER + "10 20 30 40\n50 60 70 80\n"
                + "90 100 1e308 120\n")));
        assertThat(huge.problem()).startsWith("row 3, column 3: '1e308'; expected a number a 32-bit float holds");
    }

    @Test
    void hugeAndNegativeHeadersAreRefusedBeforeAnyCellIsReadAndWithoutAStackTrace() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            GisInputException huge = catchGis(() -> RasterLayers.read(grid(HEADER.replace("ncols 4", "ncols 2000000000")
                    .replace("nrows 3", "nrows 2000000000") + "1 2 3\n")));
            assertThat(huge.problem()).isEqualTo("header says 2000000000 x 2000000000 = 4000000000000000000 cells; "
                    + "this reader takes at most 50000000 (cut the grid to the region or coarsen it)");
            GisInputException negative = catchGis(() -> RasterLayers.read(grid(HEADER.replace("nrows 3", "nrows -3"))));
            assertThat(negative.problem()).isEqualTo("header nrows -3; expected a whole number of cells, 1 or more");
            GisInputException cell = catchGis(() -> RasterLayers.read(grid(HEADER.replace("cellsize 0.25",
                    "cellsize 0"))));
            assertThat(cell.problem()).isEqualTo("cellsize 0; expected a positive cell size");
            GisInputException key = catchGis(() -> RasterLayers.read(grid(HEADER.replace("cellsize", "celsize"))));
            assertThat(key.problem()).startsWith("line 5: unknown header key 'celsize' (did you mean 'cellsize'?)");
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ");
    }

    @Test
    void moreValuesThanTheHeaderSaysAreRefused() throws Exception {
        GisInputException e = catchGis(() -> RasterLayers.read(grid(HEADER + "10 20 30 40\n50 60 70 80\n"
                + "90 100 110 120\n130\n")));
        assertThat(e.problem()).isEqualTo("has more than the header's 3 x 4 = 12 values; expected exactly nrows x ncols"
                + " values");
    }
}
