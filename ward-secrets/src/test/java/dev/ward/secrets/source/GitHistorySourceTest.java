package dev.ward.secrets.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ward.secrets.FakeSecrets;
import dev.ward.secrets.SecretsOptions;
import dev.ward.secrets.SecretsRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Git history from real repositories made with the git CLI. */
class GitHistorySourceTest {

    private final FakeSecrets fakes = new FakeSecrets(53);

    @TempDir
    Path tmp;

    @Test
    void secretAddedThenRemovedIsFoundWithTheCommitThatIntroducedIt() throws Exception {
        GitRepo repo = new GitRepo(tmp.resolve("app"));
        String removed = fakes.openAi();
        String onBranch = fakes.gitHub();
        repo.write("README.md", "# app\n");
        repo.commit("start");
        repo.write("config/settings.py", "DEBUG = True\nOPENAI_API_KEY = \"" + removed + "\"\n");
        String introduced = repo.commit("add settings");
        repo.write("config/settings.py", "DEBUG = True\nOPENAI_API_KEY = \"" + removed + "\"\nTIMEOUT = 3\n");
        repo.commit("tweak settings");
        repo.write("config/settings.py", "DEBUG = True\nOPENAI_API_KEY = os.environ[\"OPENAI_API_KEY\"]\n");
        repo.commit("read the key from the environment");
        repo.git("checkout", "-q", "-b", "feature");
        repo.write("deploy.sh", "export GH_TOKEN=" + onBranch + "\n");
        String branchCommit = repo.commit("deploy script");
        repo.git("checkout", "-q", "main");

        assertThat(SecretsRun.of(new SecretsOptions(), repo.dir()).of(removed)).as("working tree").isEmpty();

        SecretsRun history = SecretsRun.of(new SecretsOptions().gitHistory(true), repo.dir());
        assertThat(history.of(removed)).singleElement().satisfies(f -> {
            assertThat(f.location().uri()).isEqualTo("config/settings.py");
            assertThat(f.location().line()).isEqualTo(2);
            assertThat(f.location().column()).isEqualTo(19);
            assertThat(f.properties()).containsEntry("commit", introduced);
            assertThat(f.properties()).containsEntry("occurrences", "2");
            assertThat(f.message()).contains("introduced in commit " + introduced.substring(0, 12));
            assertThat(f.asset().kind().name()).isEqualTo("REPOSITORY");
        });
        assertThat(history.of(onBranch)).singleElement()
                .satisfies(f -> assertThat(f.properties()).containsEntry("commit", branchCommit));
        assertThat(history.allText()).doesNotContain(removed).doesNotContain(onBranch);
    }

    @Test
    void eachUniqueBlobIsScannedOnceHoweverManyCommitsHoldIt() throws Exception {
        GitRepo repo = new GitRepo(tmp.resolve("big"));
        String key = fakes.openAi();
        String large = "token: " + key + "\n" + "filler line of text\n".repeat(10_000);
        repo.write("data/big.txt", large);
        repo.write("copy/big.txt", large);
        repo.commit("big file, twice");
        for (int i = 0; i < 20; i++) {
            repo.write("log/entry" + i + ".txt", "entry " + i + "\n");
            repo.commit("entry " + i);
        }
        SecretsRun run = SecretsRun.of(new SecretsOptions().gitHistory(true), repo.dir());
        assertThat(run.of(key)).hasSize(1);
        long bigSize = large.length();
        assertThat(run.summary().scannedBytes()).isBetween(bigSize, bigSize + 2_000);
    }

    @Test
    void corruptRepositoryGivesAClearNoteAndOtherRepositoriesAreStillScanned() throws Exception {
        GitRepo good = new GitRepo(tmp.resolve("good"));
        String key = fakes.openAi();
        good.write("a.env", "K=" + key + "\n");
        good.commit("a");
        GitRepo broken = new GitRepo(tmp.resolve("broken"));
        broken.write("b.txt", "hello\n");
        broken.commit("b");
        String tree = broken.git("rev-parse", "HEAD^{tree}").strip();
        Path object = broken.dir().resolve(".git/objects").resolve(tree.substring(0, 2)).resolve(tree.substring(2));
        object.toFile().setWritable(true);
        Files.write(object, new byte[]{1, 2, 3, 4, 5});

        SecretsRun run = SecretsRun.of(new SecretsOptions().gitHistory(true), good.dir(), broken.dir());
        assertThat(run.of(key)).hasSize(1);
        assertThat(run.unreadable()).isNotEmpty().allSatisfy(f -> assertThat(f.message()).contains("git history unreadable"));
    }

    @Test
    void gitFlagOnAPlainFolderIsAUsageError() {
        assertThatThrownBy(() -> SecretsRun.of(new SecretsOptions().gitHistory(true), tmp))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one");
    }
}
