package dev.ward.secrets.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ward.core.Finding;
import dev.ward.secrets.FakeSecrets;
import dev.ward.secrets.SecretsOptions;
import dev.ward.secrets.SecretsRun;
import dev.ward.secrets.content.HitSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder trees: .gitignore at every level, excludes, .git, symbolic links, unreadable files. */
class DirectorySourceTest {

    private final FakeSecrets fakes = new FakeSecrets(41);

    @TempDir
    Path root;

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void nestedGitignoreFilesAreHonouredUnlessTurnedOff() throws IOException {
        String kept = fakes.openAi();
        String rootIgnored = fakes.openAi();
        String nestedIgnored = fakes.openAi();
        String reincluded = fakes.openAi();
        write(".gitignore", "*.secret\nbuild/\n");
        write("app/config.py", "KEY = \"" + kept + "\"\n");
        write("app/local.secret", "KEY=" + rootIgnored + "\n");
        write("build/out.txt", "KEY=" + rootIgnored + "\n");
        write("app/sub/.gitignore", "cache.txt\n!keep.secret\n");
        write("app/sub/cache.txt", "KEY=" + nestedIgnored + "\n");
        write("app/sub/keep.secret", "KEY=" + reincluded + "\n");
        write("app/cache.txt", "KEY=" + kept + "\n");

        SecretsRun run = SecretsRun.of(new SecretsOptions(), root);
        assertThat(run.of(kept)).extracting(f -> f.location().uri()).containsExactlyInAnyOrder("app/config.py", "app/cache.txt");
        assertThat(run.of(rootIgnored)).isEmpty();
        assertThat(run.of(nestedIgnored)).isEmpty();
        assertThat(run.of(reincluded)).extracting(f -> f.location().uri()).containsExactly("app/sub/keep.secret");

        SecretsRun all = SecretsRun.of(new SecretsOptions().gitignore(false), root);
        assertThat(all.of(rootIgnored)).hasSize(2);
        assertThat(all.of(nestedIgnored)).hasSize(1);
    }

    @Test
    void excludesDotGitAndSymbolicLinksAreSkipped() throws IOException {
        String key = fakes.openAi();
        write("src/a.env", "K=" + key + "\n");
        write("src/vendor/lib.js", "K=" + key + "\n");
        write("docs/guide/setup.md", "K=" + key + "\n");
        write("min/app.min.js", "K=" + key + "\n");
        write(".git/config", "K=" + key + "\n");
        Files.createSymbolicLink(root.resolve("link.env"), root.resolve("src/a.env"));
        SecretsRun run = SecretsRun.of(new SecretsOptions().excludes(List.of("vendor", "docs/**", "*.min.js")), root);
        assertThat(run.of(key)).extracting(f -> f.location().uri()).containsExactly("src/a.env");
        assertThat(run.summary().skipped()).containsKey(HitSink.SkipReason.EXCLUDED);
    }

    @Test
    void singleFileTargetIsNamedAsGiven() throws IOException {
        String key = fakes.openAi();
        write(".env", "OPENAI_API_KEY=" + key + "\n");
        SecretsRun run = SecretsRun.of(new SecretsOptions(), root.resolve(".env"));
        assertThat(run.of(key)).singleElement().satisfies(f -> {
            assertThat(f.location().uri()).isEqualTo(root.resolve(".env").toString());
            assertThat(f.location().line()).isEqualTo(1);
            assertThat(f.location().column()).isEqualTo(16);
        });
    }

    @Test
    void filesOverTheSizeLimitAreSkippedAndCounted() throws IOException {
        String key = fakes.openAi();
        write("small.txt", "K=" + key + "\n");
        write("large.txt", "K=" + key + "\n" + "x".repeat(5000));
        SecretsRun run = SecretsRun.of(new SecretsOptions().maxFileSize(1000), root);
        assertThat(run.of(key)).extracting(f -> f.location().uri()).containsExactly("small.txt");
        assertThat(run.summary().skipped()).containsEntry(HitSink.SkipReason.TOO_LARGE, 1L);
    }

    @Test
    void unreadableFileGivesANoteAndTheScanGoesOn() throws IOException {
        String key = fakes.openAi();
        write("ok.txt", "K=" + key + "\n");
        write("locked.txt", "K=" + fakes.openAi() + "\n");
        Path locked = root.resolve("locked.txt");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            // As root, chmod 000 does not stop reads; then there is nothing unreadable to report, honestly.
            Assumptions.assumeFalse(Files.isReadable(locked), "running as root: chmod 000 does not block reading");
            SecretsRun run = SecretsRun.of(new SecretsOptions(), root);
            assertThat(run.of(key)).hasSize(1);
            assertThat(run.unreadable()).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("locked.txt").contains("permission denied");
                assertThat(f.severity().label()).isEqualTo("info");
            });
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void fileThatFailsOnReadGivesANoteEvenForRoot() throws IOException {
        // /proc/self/mem fails every read at offset 0 with EIO, whoever reads it: a real I/O error that root gets too.
        Path failing = Path.of("/proc/self/mem");
        Assumptions.assumeTrue(Files.exists(failing), "no /proc on this system");
        String key = fakes.openAi();
        write("ok.txt", "K=" + key + "\n");
        SecretsRun run = SecretsRun.of(new SecretsOptions(), root, failing);
        assertThat(run.of(key)).hasSize(1);
        assertThat(run.unreadable()).singleElement().satisfies(f -> assertThat(f.message()).contains("/proc/self/mem").contains("cannot read"));
    }

    @Test
    void missingPathIsAUsageError() {
        assertThatThrownBy(() -> SecretsRun.of(new SecretsOptions(), root.resolve("nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such file or folder");
    }

    @Test
    void severalTargetsArePrefixedSoTheirPathsStayApart() throws IOException {
        String key = fakes.openAi();
        write("one/a.env", "K=" + key + "\n");
        write("two/a.env", "K=" + key + "\n");
        SecretsRun run = SecretsRun.of(new SecretsOptions(), root.resolve("one"), root.resolve("two"));
        List<Finding> found = run.of(key);
        assertThat(found).extracting(f -> f.location().uri())
                .containsExactlyInAnyOrder(root.resolve("one") + "/a.env", root.resolve("two") + "/a.env");
    }
}
