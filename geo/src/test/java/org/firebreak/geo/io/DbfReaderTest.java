package org.firebreak.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.firebreak.geo.io.Fixtures.catchGis;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** dBase field types GDAL does not write for our fixtures, on tables built byte by byte. */
class DbfReaderTest {

    /** A dBase III table with the given fields (name, type, length, decimals) and raw records. */
    private static byte[] table(Object[][] fields, String... records) {
        int headerBytes = 32 + 32 * fields.length + 1;
        int recordBytes = 1 + Arrays.stream(fields).mapToInt(f -> (Integer) f[2]).sum();
        ByteBuffer header = ByteBuffer.allocate(headerBytes).order(ByteOrder.LITTLE_ENDIAN);
        header.put(0, (byte) 3).putInt(4, records.length).putShort(8, (short) headerBytes)
                .putShort(10, (short) recordBytes);
        for (int i = 0; i < fields.length; i++) {
            int at = 32 + 32 * i;
            byte[] name = ((String) fields[i][0]).getBytes(StandardCharsets.US_ASCII);
            header.position(at);
            header.put(name);
            header.put(at + 11, (byte) ((String) fields[i][1]).charAt(0));
            header.put(at + 16, (byte) (int) (Integer) fields[i][2]);
            header.put(at + 17, (byte) (int) (Integer) fields[i][3]);
        }
        header.put(headerBytes - 1, (byte) 0x0D);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        for (String record : records) {
            out.writeBytes(record.getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write(0x1A);
        return out.toByteArray();
    }

    private static DbfReader.Table read(byte[] dbf, Charset charset) throws GisInputException {
        return new DbfReader("t.dbf", charset).read(dbf);
    }

    @Test
    void readsLogicalsDatesNumbersAndDeletedFlags() throws Exception {
        byte[] dbf = table(new Object[][] {{"open", "L", 1, 0}, {"since", "D", 8, 0}, {"width", "N", 6, 2},
                {"lanes", "N", 3, 0}, {"speed", "F", 8, 3}},
                " T20240105  3.50  2  12.500", "*?        ******           ",
                " n00000000                 ");

        DbfReader.Table table = read(dbf, StandardCharsets.ISO_8859_1);

        assertThat(table.attributes()).extracting(a -> (Object) a.binding())
                .containsExactly(Boolean.class, LocalDate.class, Double.class, Long.class, Double.class);
        assertThat(table.records().get(0)).containsExactly(true, LocalDate.of(2024, 1, 5), 3.5, 2L, 12.5);
        assertThat(table.records().get(1)).containsOnlyNulls();
        assertThat(table.records().get(2)).containsExactly(false, null, null, null, null);
        assertThat(table.deleted()).containsExactly(false, true, false);
    }

    @Test
    void decodesTextInTheGivenCodePage() throws Exception {
        byte[] dbf = table(new Object[][] {{"name", "C", 6, 0}}, " " + " ".repeat(6));
        byte[] arabic = "بغداد".getBytes(Charset.forName("windows-1256"));
        System.arraycopy(arabic, 0, dbf, dbf.length - 1 - 6, arabic.length); // after the deletion flag

        assertThat(read(dbf, Charset.forName("windows-1256")).records().get(0)).containsExactly("بغداد");
    }

    @Test
    void aBadValueNamesRecordAndField() {
        byte[] dbf = table(new Object[][] {{"lanes", "N", 3, 0}}, "   2", "  x1");
        assertThat(catchGis(() -> read(dbf, StandardCharsets.ISO_8859_1)).getMessage())
                .isEqualTo("t.dbf: record 2: field 'lanes' holds 'x1', which is not a valid number");
    }

    @Test
    void aMemoFieldIsRefusedByName() {
        byte[] dbf = table(new Object[][] {{"notes", "M", 10, 0}}, " 0000000001");
        assertThat(catchGis(() -> read(dbf, StandardCharsets.ISO_8859_1)).getMessage())
                .isEqualTo("t.dbf: field 'notes' has dBase type 'M', which is not supported; expected C, N, F, L or D");
    }

    @Test
    void aTruncatedTableSaysHowManyRecordsFit() {
        byte[] dbf = table(new Object[][] {{"lanes", "N", 3, 0}}, "   2", "   3");
        byte[] cut = Arrays.copyOf(dbf, dbf.length - 5);
        assertThat(catchGis(() -> read(cut, StandardCharsets.ISO_8859_1)).getMessage())
                .isEqualTo("t.dbf: corrupt or truncated .dbf file: the header announces 2 records of 4 bytes but the "
                        + "file has room for 1");
    }
}
