package dev.ward.models;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Ward's own fixtures under {@code src/test/resources/dev/ward/models/fixtures}, made by {@code generate_fixtures.py}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path path(String relative) {
        URL url = Fixtures.class.getResource("/dev/ward/models/fixtures/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RecordingListener scan(String relative) {
        return scan(relative, new ModelScanner());
    }

    public static RecordingListener scan(String relative, ModelScanner scanner) {
        RecordingListener listener = new RecordingListener();
        scanner.scanFile(path(relative), true, listener);
        return listener;
    }
}
