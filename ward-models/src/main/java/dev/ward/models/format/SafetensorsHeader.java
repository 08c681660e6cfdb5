package dev.ward.models.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.ward.models.Inspection;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The rules a safetensors header must keep, as the format specifies them: an 8-byte little-endian length, at most
 * 100 MB of JSON, known dtypes, sizes that match shapes, and data offsets that cover the data exactly once.
 */
final class SafetensorsHeader {

    static final long MAX_HEADER = 100_000_000;
    private static final int MAX_PROBLEMS = 50;
    private static final int MAX_TENSORS = 10_000_000;
    private static final Map<String, Integer> BYTES_PER_ELEMENT = Map.ofEntries(Map.entry("F64", 8),
            Map.entry("F32", 4), Map.entry("F16", 2), Map.entry("BF16", 2), Map.entry("I64", 8), Map.entry("I32", 4),
            Map.entry("I16", 2), Map.entry("I8", 1), Map.entry("U64", 8), Map.entry("U32", 4), Map.entry("U16", 2),
            Map.entry("U8", 1), Map.entry("BOOL", 1), Map.entry("F8_E4M3", 1), Map.entry("F8_E5M2", 1),
            Map.entry("F8_E8M0", 1), Map.entry("C64", 8));
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(8).maxStringLength(1 << 24).maxNumberLength(32).build()).build();

    private record Tensor(String name, String dtype, long elements, long begin, long end) {
    }

    private SafetensorsHeader() {
    }

    static long littleEndian(byte[] b, int from) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[from + i] & 0xff);
        }
        return v;
    }

    static List<String> validate(InputStream in, long fileSize, Inspection inspection) throws IOException {
        List<String> problems = new ArrayList<>();
        byte[] prefix = in.readNBytes(8);
        if (prefix.length < 8) {
            problems.add("file is shorter than the 8-byte header length");
            return problems;
        }
        long length = littleEndian(prefix, 0);
        if (length < 0 || length > MAX_HEADER) {
            problems.add("header length " + Long.toUnsignedString(length) + " exceeds the format's " + MAX_HEADER + "-byte limit");
            return problems;
        }
        if (fileSize >= 0 && length > fileSize - 8) {
            problems.add("header length " + length + " runs past the end of the " + fileSize + "-byte file");
            return problems;
        }
        List<Tensor> tensors = new ArrayList<>();
        try (JsonParser json = JSON.createParser(new BoundedStream(in, length))) {
            parse(json, tensors, problems, inspection);
        } catch (StreamReadException e) {
            problems.add("header is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
            return problems;
        }
        checkLayout(tensors, fileSize < 0 ? -1 : fileSize - 8 - length, problems);
        return problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
    }

    private static void parse(JsonParser json, List<Tensor> tensors, List<String> problems, Inspection inspection) throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            problems.add("header is not a JSON object");
            return;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (name.equals("__metadata__")) {
                json.skipChildren();
                continue;
            }
            if (value != JsonToken.START_OBJECT) {
                problems.add("entry '" + name + "' is not an object");
                json.skipChildren();
                continue;
            }
            if (tensors.size() >= MAX_TENSORS) {
                problems.add("more than " + MAX_TENSORS + " tensors");
                return;
            }
            if ((tensors.size() & 0xFFF) == 0) {
                inspection.checkTime(json.currentLocation().getByteOffset());
            }
            tensors.add(tensor(json, name, problems));
        }
    }

    private static Tensor tensor(JsonParser json, String name, List<String> problems) throws IOException {
        String dtype = "";
        long elements = 1;
        long[] offsets = {-1, -1};
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "dtype" -> dtype = json.getValueAsString("");
                case "shape" -> elements = elements(json, name, problems);
                case "data_offsets" -> offsets = offsets(json, name, problems);
                default -> {
                    problems.add("tensor '" + name + "' has unexpected field '" + field + "'");
                    json.skipChildren();
                }
            }
        }
        return new Tensor(name, dtype, elements, offsets[0], offsets[1]);
    }

    private static long elements(JsonParser json, String name, List<String> problems) throws IOException {
        long product = 1;
        if (json.currentToken() != JsonToken.START_ARRAY) {
            problems.add("tensor '" + name + "' has a shape that is not a list");
            json.skipChildren();
            return -1;
        }
        while (json.nextToken() != JsonToken.END_ARRAY) {
            long dim = json.currentToken() == JsonToken.VALUE_NUMBER_INT ? json.getLongValue() : -1;
            if (dim < 0) {
                problems.add("tensor '" + name + "' has a negative or non-integer dimension");
                product = -1;
            } else if (product >= 0) {
                product = dim != 0 && product > Long.MAX_VALUE / dim ? -2 : product * dim;
            }
        }
        return product;
    }

    private static long[] offsets(JsonParser json, String name, List<String> problems) throws IOException {
        List<Long> values = new ArrayList<>();
        if (json.currentToken() == JsonToken.START_ARRAY) {
            while (json.nextToken() != JsonToken.END_ARRAY) {
                values.add(json.currentToken() == JsonToken.VALUE_NUMBER_INT ? json.getLongValue() : -1L);
                json.skipChildren();
            }
        }
        if (values.size() != 2 || values.get(0) < 0 || values.get(1) < values.get(0)) {
            problems.add("tensor '" + name + "' has invalid data_offsets " + values);
            return new long[]{-1, -1};
        }
        return new long[]{values.get(0), values.get(1)};
    }

    private static void checkLayout(List<Tensor> tensors, long dataSize, List<String> problems) {
        List<Tensor> laidOut = new ArrayList<>();
        for (Tensor t : tensors) {
            Integer width = BYTES_PER_ELEMENT.get(t.dtype());
            if (width == null) {
                problems.add("tensor '" + t.name() + "' has unknown dtype '" + t.dtype() + "'");
            } else if (t.elements() == -2 || (t.begin() >= 0 && t.elements() >= 0 && t.elements() > Long.MAX_VALUE / width)) {
                problems.add("tensor '" + t.name() + "' has a shape too large to exist");
            } else if (t.begin() >= 0 && t.elements() >= 0 && t.elements() * width != t.end() - t.begin()) {
                problems.add("tensor '" + t.name() + "' spans " + (t.end() - t.begin()) + " bytes but its shape needs "
                        + t.elements() * width);
            }
            if (t.begin() >= 0) {
                laidOut.add(t);
            }
        }
        laidOut.sort(Comparator.comparingLong(Tensor::begin).thenComparingLong(Tensor::end));
        long cursor = 0;
        for (Tensor t : laidOut) {
            if (t.begin() < cursor) {
                problems.add("tensor '" + t.name() + "' overlaps the previous tensor at data offset " + t.begin());
            } else if (t.begin() > cursor) {
                problems.add("hole of " + (t.begin() - cursor) + " bytes before tensor '" + t.name() + "'");
            }
            cursor = Math.max(cursor, t.end());
        }
        if (dataSize >= 0 && cursor > dataSize) {
            problems.add("tensor data runs to offset " + cursor + ", past the " + dataSize + " bytes present");
        } else if (dataSize >= 0 && cursor < dataSize && !laidOut.isEmpty()) {
            problems.add((dataSize - cursor) + " bytes after the last tensor belong to no tensor");
        }
    }

    /** Lets the JSON parser see only the declared header, so a missing brace cannot run it into tensor data. */
    private static final class BoundedStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedStream(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() {
            // the caller owns the underlying stream
        }
    }
}
