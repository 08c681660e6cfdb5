package dev.ward.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Compares rendered output with a golden file under {@code src/test/resources/golden/}.
 *
 * <p>After an intended change to a format, regenerate every golden file, then review the diff before committing:
 * <pre>
 * mvn -q -pl ward-report -am test -Dward.golden.update=true
 * git diff ward-report/src/test/resources/golden
 * </pre>
 */
final class Golden {

    static final String UPDATE_PROPERTY = "ward.golden.update";

    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "golden", name);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("golden file " + file + " is missing; create it with -D" + UPDATE_PROPERTY + "=true and review it");
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(actual)
                .as("output differs from golden file %s; if the change is intended, regenerate with -D%s=true and review the diff",
                        file, UPDATE_PROPERTY)
                .isEqualTo(expected);
    }
}
