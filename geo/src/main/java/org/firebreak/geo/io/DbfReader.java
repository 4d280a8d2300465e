package org.firebreak.geo.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.firebreak.geo.io.RawLayer.Attribute;

/**
 * Reads the attribute table of a Shapefile: a dBase III {@code .dbf} file.
 *
 * <p>Field types: {@code C} → String (trailing blanks removed); {@code N} without decimals and at
 * most 18 digits → Long, other {@code N} and {@code F} → Double; {@code L} → Boolean; {@code D} →
 * {@link LocalDate}. Blank numbers, logicals and dates, and numbers that overflowed their width
 * ({@code ****}), are null. Other types (memo fields and the like) are refused.
 */
final class DbfReader {

    private static final int FIELD_DESCRIPTOR_BYTES = 32;

    /** The table: its fields and, per record, its values and whether it was deleted. */
    record Table(List<Attribute> attributes, List<Object[]> records, List<Boolean> deleted) {
    }

    private record Field(String name, char type, int length, int decimals) {
    }

    private final String source;
    private final Charset charset;

    DbfReader(String source, Charset charset) {
        this.source = source;
        this.charset = charset;
    }

    Table read(byte[] dbf) throws GisInputException {
        if (dbf.length < FIELD_DESCRIPTOR_BYTES + 1) {
            throw corrupt("the file has " + dbf.length + " bytes, fewer than a dBase header");
        }
        ByteBuffer buffer = ByteBuffer.wrap(dbf).order(ByteOrder.LITTLE_ENDIAN);
        int recordCount = buffer.getInt(4);
        int headerBytes = Short.toUnsignedInt(buffer.getShort(8));
        int recordBytes = Short.toUnsignedInt(buffer.getShort(10));
        List<Field> fields = fields(dbf, headerBytes);
        int width = 1 + fields.stream().mapToInt(Field::length).sum();
        if (width != recordBytes) {
            throw corrupt("the fields add up to " + width + " bytes per record but the header says " + recordBytes);
        }
        if (recordCount < 0 || headerBytes + (long) recordCount * recordBytes > dbf.length) {
            throw corrupt("the header announces " + recordCount + " records of " + recordBytes
                    + " bytes but the file has room for " + Math.max(0, (dbf.length - headerBytes) / recordBytes));
        }
        List<Attribute> attributes = new ArrayList<>(fields.size());
        for (Field field : fields) {
            attributes.add(new Attribute(field.name(), binding(field)));
        }
        List<Object[]> records = new ArrayList<>(recordCount);
        List<Boolean> deleted = new ArrayList<>(recordCount);
        for (int r = 0; r < recordCount; r++) {
            int offset = headerBytes + r * recordBytes;
            deleted.add(dbf[offset] == '*');
            Object[] values = new Object[fields.size()];
            offset++;
            for (int f = 0; f < fields.size(); f++) {
                Field field = fields.get(f);
                values[f] = value(field, dbf, offset, r + 1);
                offset += field.length();
            }
            records.add(values);
        }
        return new Table(attributes, records, deleted);
    }

    private List<Field> fields(byte[] dbf, int headerBytes) throws GisInputException {
        if (headerBytes > dbf.length) {
            throw corrupt("the header length " + headerBytes + " exceeds the file's " + dbf.length + " bytes");
        }
        List<Field> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int at = FIELD_DESCRIPTOR_BYTES; at + FIELD_DESCRIPTOR_BYTES <= headerBytes && dbf[at] != 0x0D;
                at += FIELD_DESCRIPTOR_BYTES) {
            int end = at;
            while (end < at + 11 && dbf[end] != 0) {
                end++;
            }
            String name = new String(dbf, at, end - at, charset).strip();
            char type = (char) dbf[at + 11];
            Field field = new Field(name, type, Byte.toUnsignedInt(dbf[at + 16]), Byte.toUnsignedInt(dbf[at + 17]));
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw corrupt("field '" + name + "' appears twice");
            }
            if ("CNFLD".indexOf(type) < 0) {
                throw GisInputException.of(source, "field '" + name + "' has dBase type '" + type
                        + "', which is not supported; expected C, N, F, L or D");
            }
            fields.add(field);
        }
        return fields;
    }

    private static Class<?> binding(Field field) {
        switch (field.type()) {
            case 'N':
                return field.decimals() == 0 && field.length() <= 18 ? Long.class : Double.class;
            case 'F':
                return Double.class;
            case 'L':
                return Boolean.class;
            case 'D':
                return LocalDate.class;
            default:
                return String.class;
        }
    }

    private Object value(Field field, byte[] dbf, int offset, int record) throws GisInputException {
        if (field.type() == 'C') {
            return new String(dbf, offset, field.length(), charset).stripTrailing();
        }
        String text = new String(dbf, offset, field.length(), StandardCharsets.US_ASCII).strip();
        if (text.isEmpty() || text.startsWith("*") || (field.type() == 'L' && text.equals("?"))) {
            return null;
        }
        try {
            switch (field.type()) {
                case 'N':
                case 'F':
                    return binding(field) == Long.class ? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text);
                case 'L':
                    return logical(text);
                default:
                    return date(text);
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw GisInputException.of(new FeatureRef(source, "record " + record, null), "field '" + field.name()
                    + "' holds '" + text + "', which is not a valid " + typeName(field.type()));
        }
    }

    private static LocalDate date(String text) {
        if (text.equals("00000000")) {
            return null;
        }
        // GDAL writes years before 1000 without leading zeros (" 7620730" for 0762-07-30).
        String padded = text.matches("\\d{5,7}") ? "0".repeat(8 - text.length()) + text : text;
        return LocalDate.parse(padded, DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static Boolean logical(String text) {
        switch (Character.toUpperCase(text.charAt(0))) {
            case 'T':
            case 'Y':
                return Boolean.TRUE;
            case 'F':
            case 'N':
                return Boolean.FALSE;
            default:
                throw new NumberFormatException(text);
        }
    }

    private static String typeName(char type) {
        return type == 'L' ? "logical (T/F/Y/N/?)" : type == 'D' ? "date (YYYYMMDD)" : "number";
    }

    private GisInputException corrupt(String detail) {
        return GisInputException.of(source, "corrupt or truncated .dbf file: " + detail);
    }
}
