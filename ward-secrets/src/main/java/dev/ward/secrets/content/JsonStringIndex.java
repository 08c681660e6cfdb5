package dev.ward.secrets.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * Where each string value of a JSON document sits (char offsets) and its JSON pointer, so a match in the raw text
 * can be named by its place in the structure: {@code /cells/2/source/1}. Malformed JSON yields what was read so far.
 */
final class JsonStringIndex {

    private static final JsonFactory FACTORY = new JsonFactory();

    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private String[] pointers = new String[64];
    private int size;

    static JsonStringIndex of(String json) {
        JsonStringIndex index = new JsonStringIndex();
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.getText();
                    int end = (int) parser.currentLocation().getCharOffset();
                    index.add(start, end, parser.getParsingContext().pathAsPointer().toString());
                }
            }
        } catch (IOException | RuntimeException malformed) {
            // Keep what was indexed before the error: the raw text is scanned regardless.
        }
        return index;
    }

    private void add(int start, int end, String pointer) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            pointers = Arrays.copyOf(pointers, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        pointers[size] = pointer;
        size++;
    }

    int size() {
        return size;
    }

    /** The pointer of the string value that contains {@code offset}, or null. */
    String pointerAt(int offset) {
        int i = Arrays.binarySearch(starts, 0, size, offset);
        if (i < 0) {
            i = -i - 2;
        }
        return i >= 0 && offset < ends[i] ? pointers[i] : null;
    }
}
