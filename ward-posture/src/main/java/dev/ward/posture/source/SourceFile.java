package dev.ward.posture.source;

import dev.ward.core.Location;
import java.nio.file.Path;
import java.util.Arrays;

/** A file's text with a line index, so offsets from parsers and detectors turn into 1-based lines. */
public final class SourceFile {

    private final Path path;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(Path path, String text) {
        this.path = path;
        this.text = text;
        this.lineStarts = indexLines(text);
    }

    public Path path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** The path as written by the caller, with forward slashes: what SARIF and people read. */
    public String uri() {
        return displayPath(path);
    }

    public static String displayPath(Path path) {
        return path.toString().replace('\\', '/');
    }

    public int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, Math.max(0, offset));
        return index >= 0 ? index + 1 : -index - 1;
    }

    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    public Location location(int line) {
        return new Location(uri(), Math.max(0, line), line > 0 ? 1 : 0);
    }

    public Location locationOfOffset(int offset) {
        return new Location(uri(), lineOf(offset), columnOf(offset));
    }

    /** The text of one 1-based line, without its line break. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        return text.substring(start, end).stripTrailing();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    private static int[] indexLines(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[n++] = i + 1;
            }
        }
        return starts;
    }
}
