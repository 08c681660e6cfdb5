package dev.ward.surface.clickhouse;

import dev.ward.surface.net.ProbeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one Data, Totals or Extremes block: table name, block info, column and row counts, then per column its
 * name, type and values. Ward casts everything to String in its SQL, so only String, FixedString, Nullable of those
 * and plain integers are decoded; any other type ends the query with a clear message.
 */
final class NativeBlockReader {

    static final int MAX_COLUMNS = 4096;
    static final int MAX_ROWS = 1_000_000;
    private static final Pattern FIXED = Pattern.compile("FixedString\\((\\d{1,7})\\)");
    private static final Pattern INT = Pattern.compile("(U?)Int(8|16|32|64)");

    private final int maxValueBytes;

    NativeBlockReader(int maxValueBytes) {
        this.maxValueBytes = maxValueBytes;
    }

    /** The block's rows; each row holds one text per column. */
    List<List<String>> read(NativeReader in) throws ProbeException {
        in.string(64 * 1024, "external table name");
        readBlockInfo(in);
        int columns = in.count(MAX_COLUMNS, "column count");
        int rows = in.count(MAX_ROWS, "row count");
        List<List<String>> out = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            out.add(new ArrayList<>(columns));
        }
        for (int c = 0; c < columns; c++) {
            in.string(64 * 1024, "column name");
            String type = in.string(64 * 1024, "column type");
            if (rows > 0) {
                readColumn(in, type, rows, out);
            }
        }
        return out;
    }

    private static void readBlockInfo(NativeReader in) throws ProbeException {
        for (int i = 0; i < 8; i++) {
            long field = in.varUInt();
            if (field == 0) {
                return;
            } else if (field == 1) {
                in.uint8();
            } else if (field == 2) {
                in.int32();
            } else {
                throw ProbeException.unidentified("unknown block info field " + field + " in native reply");
            }
        }
        throw ProbeException.unidentified("block info without an end marker in native reply");
    }

    private void readColumn(NativeReader in, String type, int rows, List<List<String>> out) throws ProbeException {
        boolean[] nulls = null;
        String inner = type;
        if (type.startsWith("Nullable(") && type.endsWith(")")) {
            inner = type.substring("Nullable(".length(), type.length() - 1);
            nulls = new boolean[rows];
            for (int r = 0; r < rows; r++) {
                nulls[r] = in.uint8() != 0;
            }
        }
        Matcher fixed = FIXED.matcher(inner);
        Matcher integer = INT.matcher(inner);
        for (int r = 0; r < rows; r++) {
            String value;
            if (inner.equals("String")) {
                value = in.string(maxValueBytes, "string value");
            } else if (fixed.matches()) {
                int n = Integer.parseInt(fixed.group(1));
                if (n > maxValueBytes) {
                    throw ProbeException.unidentified("FixedString(" + n + ") in native reply exceeds the limit of " + maxValueBytes);
                }
                value = new String(in.bytes(n), StandardCharsets.UTF_8).replace("\0", "");
            } else if (integer.matches()) {
                value = integer(in, integer.group(1).isEmpty(), Integer.parseInt(integer.group(2)) / 8);
            } else {
                throw ProbeException.unidentified("unsupported column type " + shorten(type) + " in native reply");
            }
            out.get(r).add(nulls != null && nulls[r] ? "" : value);
        }
    }

    private static String integer(NativeReader in, boolean signed, int width) throws ProbeException {
        long v = 0;
        for (int i = 0; i < width; i++) {
            v |= (long) in.uint8() << (8 * i);
        }
        if (signed && width < 8) {
            int shift = 64 - 8 * width;
            v = (v << shift) >> shift;
        }
        return signed ? Long.toString(v) : Long.toUnsignedString(v);
    }

    private static String shorten(String type) {
        return type.length() > 60 ? type.substring(0, 60) + "…" : type;
    }
}
