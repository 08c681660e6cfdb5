package dev.ward.secrets.content;

import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the place of a match inside a structured file a person knows by its parts: a notebook cell and line, a HAR
 * entry and field. Other files have no labels; their line and column say enough.
 */
final class StructureLabels {

    static final int MAX_INDEXED_BYTES = 16 << 20;

    private static final Pattern NOTEBOOK = Pattern.compile("^/cells/(\\d+)/(source|outputs)(?:/(\\d+))?(.*)$");
    private static final Pattern NOTEBOOK_LINE = Pattern.compile("/(\\d+)$");
    private static final Pattern HAR = Pattern.compile("^/log/entries/(\\d+)/(.*)$");

    private StructureLabels() {
    }

    /** Whether files with this name get labels (and so are read whole, up to {@link #MAX_INDEXED_BYTES}). */
    static boolean isStructured(String fileName) {
        return FileNames.endsWithIgnoreCase(fileName, ".ipynb") || FileNames.endsWithIgnoreCase(fileName, ".har");
    }

    /**
     * A label lookup by byte offset into the UTF-8 content {@code data[off, off + length)}, or one that always answers
     * null. The content is decoded and indexed only when a label is first asked for, that is when there is a hit.
     */
    static IntFunction<String> forFile(String fileName, byte[] data, int off, int length) {
        if (!isStructured(fileName) || length > MAX_INDEXED_BYTES) {
            return offset -> null;
        }
        boolean notebook = FileNames.endsWithIgnoreCase(fileName, ".ipynb");
        return new IntFunction<>() {
            private JsonStringIndex index;

            @Override
            public String apply(int offset) {
                if (index == null) {
                    index = JsonStringIndex.of(new String(data, off, length, StandardCharsets.UTF_8));
                }
                String pointer = index.pointerAt((int) Utf8Bytes.utf16Units(data, off, off + offset));
                if (pointer == null) {
                    return null;
                }
                return notebook ? notebookLabel(pointer) : harLabel(pointer);
            }
        };
    }

    static String notebookLabel(String pointer) {
        Matcher m = NOTEBOOK.matcher(pointer);
        if (!m.matches()) {
            return null;
        }
        int cell = Integer.parseInt(m.group(1)) + 1;
        if (m.group(2).equals("source")) {
            return m.group(3) == null ? "cell " + cell : "cell " + cell + ", line " + (Integer.parseInt(m.group(3)) + 1);
        }
        String label = "cell " + cell + ", output" + (m.group(3) == null ? "" : " " + (Integer.parseInt(m.group(3)) + 1));
        Matcher line = NOTEBOOK_LINE.matcher(m.group(4));
        return line.find() ? label + ", line " + (Integer.parseInt(line.group(1)) + 1) : label;
    }

    static String harLabel(String pointer) {
        Matcher m = HAR.matcher(pointer);
        if (!m.matches()) {
            return null;
        }
        return "entry " + (Integer.parseInt(m.group(1)) + 1) + ", " + m.group(2).replace('/', '.').replace("~1", "/").replace("~0", "~");
    }
}
