package dev.ward.cli.redteam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ward.redteam.journal.Journal;
import dev.ward.redteam.journal.JournalEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ward redteam --resume} after a real {@code kill -9}: the CLI runs in its own JVM (this JDK's java, this test's
 * class path), is killed with {@link Process#destroyForcibly} once its journal holds answers, and is resumed.
 *
 * <p>The bound: the journal appends a request's answer before its crew member takes the next request, so at the kill at
 * most {@code --concurrency} requests had reached the model without their answer being journaled. Only those are sent
 * again: every distinct request arrives at most {@code --samples} times plus the re-sent ones, and the re-sent ones
 * number exactly (requests the model saw before the kill) minus (answers in the journal after it), at most
 * {@code --concurrency}.
 */
class RedteamKillResumeTest {

    private static final int SAMPLES = 2;
    private static final int CONCURRENCY = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void resumesAfterKillNineWithoutRepeatingAnsweredRequests() throws Exception {
        try (CountingChatCompletionsDouble model = new CountingChatCompletionsDouble(8)) {
            Path journal = dir.resolve("killed.jsonl");
            Process first = ward(model, journal, dir.resolve("first.json"), false);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (answered(journal) < 40 && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(first.isAlive()).as("still sending when killed: " + stderr(first)).isTrue();
            first.destroyForcibly();
            assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
            // a request written just before the kill may still be on its way into the double: wait until the count settles
            int seenBeforeKill = model.total();
            for (int quiet = 0; quiet < 30; quiet++) {
                Thread.sleep(10);
                if (model.total() != seenBeforeKill) {
                    seenBeforeKill = model.total();
                    quiet = 0;
                }
            }
            int journaledBeforeKill = answered(journal);
            int inFlightAtKill = seenBeforeKill - journaledBeforeKill;
            System.out.printf("kill -9: model saw %d requests, journal held %d answers, %d in flight (bound %d)%n",
                    seenBeforeKill, journaledBeforeKill, inFlightAtKill, CONCURRENCY);
            assertThat(journaledBeforeKill).isGreaterThanOrEqualTo(40);
            assertThat(inFlightAtKill).as("requests the model saw whose answers the kill lost").isBetween(0, CONCURRENCY);

            Process resumed = ward(model, journal, dir.resolve("resumed.json"), true);
            assertThat(resumed.waitFor(120, TimeUnit.SECONDS)).as("resumed run finishes").isTrue();
            assertThat(resumed.exitValue()).as(stderr(resumed)).isZero();

            List<JournalEntry> entries = Journal.read(journal);
            int planned = Journal.answered(entries).size();
            System.out.printf("resumed: %d requests planned, %d received over both runs%n", planned, model.total());
            assertThat(model.total()).as("requests over both runs").isEqualTo(planned + inFlightAtKill);
            int repeated = 0;
            for (int count : model.counts().values()) {
                assertThat(count).isLessThanOrEqualTo(SAMPLES + inFlightAtKill);
                repeated += Math.max(0, count - SAMPLES);
            }
            assertThat(repeated).as("requests sent more often than --samples").isLessThanOrEqualTo(inFlightAtKill);
            assertThat(entries.stream().filter(JournalEntry::answered).map(JournalEntry::key).distinct().count())
                    .as("each request answered once in the journal").isEqualTo(planned);

            int beforeReference = model.total();
            Process reference = ward(model, dir.resolve("never-killed.jsonl"), dir.resolve("reference.json"), false);
            assertThat(reference.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(reference.exitValue()).as(stderr(reference)).isZero();
            assertThat(model.total() - beforeReference).as("an uninterrupted run sends the plan once").isEqualTo(planned);

            JsonNode killedThenResumed = JSON.readTree(dir.resolve("resumed.json").toFile()).path("categories");
            JsonNode neverKilled = JSON.readTree(dir.resolve("reference.json").toFile()).path("categories");
            assertThat(killedThenResumed.isArray()).isTrue();
            assertThat(killedThenResumed.size()).isEqualTo(8);
            assertThat(killedThenResumed).as("scores of the killed-and-resumed run equal a run never killed").isEqualTo(neverKilled);
        }
    }

    private Process ward(CountingChatCompletionsDouble model, Path journal, Path report, boolean resume) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.ward.cli.Main",
                "redteam", "--provider", "openai", "--target", model.baseUrl(), "--model", "double",
                "--samples", String.valueOf(SAMPLES), "--concurrency", String.valueOf(CONCURRENCY), "--journal", journal.toString(),
                "--format", "json", "--output", report.toString()));
        if (resume) {
            command.add("--resume");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve(report.getFileName() + ".err").toFile());
        Map<String, String> env = builder.environment();
        env.put("OPENAI_API_KEY", CountingChatCompletionsDouble.API_KEY);
        return builder.start();
    }

    private String stderr(Process process) throws IOException {
        List<Path> logs = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.filter(p -> p.toString().endsWith(".err")).forEach(logs::add);
        }
        StringBuilder out = new StringBuilder();
        for (Path log : logs) {
            out.append(log.getFileName()).append(": ").append(Files.readString(log)).append('\n');
        }
        return out.toString();
    }

    private static int answered(Path journal) throws IOException {
        return Journal.answered(Journal.read(journal)).size();
    }
}
