package dev.ward.posture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.core.Finding;
import dev.ward.core.ScanEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks every registered check and its fixtures in {@code src/test/resources/checks/<check-id>/}: each
 * {@code positive*} file or folder must raise the check exactly on the lines marked {@code ward:expect}, and each
 * {@code negative*} must not raise it at all. Fixtures run through the whole scanner: sniffing, parsing, merging.
 */
class CheckFixturesTest {

    static final String MARKER = "ward:expect";

    @Test
    void everyCheckHasPositiveAndNegativeFixtures() {
        for (PostureCheck<?> check : PostureChecks.standard().all()) {
            Path dir = fixtures().resolve(check.info().id());
            assertThat(dir).as("fixture folder for " + check.info().id()).isDirectory();
            assertThat(cases(dir, "positive")).as("positive fixture for " + check.info().id()).isNotEmpty();
            assertThat(cases(dir, "negative")).as("negative fixture for " + check.info().id()).isNotEmpty();
        }
    }

    @Test
    void everyFixtureFolderBelongsToARegisteredCheck() throws IOException {
        Set<String> ids = new TreeSet<>(PostureChecks.standard().all().stream().map(c -> c.info().id()).toList());
        try (Stream<Path> dirs = Files.list(fixtures())) {
            assertThat(dirs.map(d -> d.getFileName().toString()).toList()).allMatch(ids::contains);
        }
    }

    @TestFactory
    Stream<DynamicTest> positivesFireOnMarkedLinesAndNegativesStaySilent() {
        return PostureChecks.standard().all().stream().flatMap(check -> {
            String id = check.info().id();
            Path dir = fixtures().resolve(id);
            List<DynamicTest> tests = new ArrayList<>();
            for (Path positive : cases(dir, "positive")) {
                tests.add(DynamicTest.dynamicTest(id + " fires on " + positive.getFileName(), () -> {
                    Set<String> expected = markedLines(positive);
                    assertThat(expected).as("marked lines in " + positive).isNotEmpty();
                    assertThat(foundLines(positive, id)).as(id + " findings in " + positive).isEqualTo(expected);
                }));
            }
            for (Path negative : cases(dir, "negative")) {
                tests.add(DynamicTest.dynamicTest(id + " silent on " + negative.getFileName(),
                        () -> assertThat(foundLines(negative, id)).as(id + " findings in " + negative).isEmpty()));
            }
            return tests.stream();
        });
    }

    static Set<String> foundLines(Path target, String checkId) {
        ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
        new PostureScanner().scan(List.of(target), event -> {
            if (event instanceof ScanEvent.FindingRaised(Finding f)) {
                findings.add(f);
            }
        });
        Set<String> lines = new TreeSet<>();
        for (Finding f : findings) {
            if (f.ruleId().equals(checkId)) {
                lines.add(Path.of(f.location().uri()).getFileName() + ":" + f.location().line());
            }
        }
        return lines;
    }

    static Set<String> markedLines(Path target) throws IOException {
        Set<String> lines = new TreeSet<>();
        try (Stream<Path> files = Files.walk(target)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                List<String> text = Files.readAllLines(file);
                for (int i = 0; i < text.size(); i++) {
                    if (text.get(i).contains(MARKER)) {
                        lines.add(file.getFileName() + ":" + (i + 1));
                    }
                }
            }
        }
        return lines;
    }

    static List<Path> cases(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path fixtures() {
        try {
            return Path.of(CheckFixturesTest.class.getResource("/checks").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
