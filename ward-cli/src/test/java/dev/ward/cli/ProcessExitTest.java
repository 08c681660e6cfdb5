package dev.ward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs Ward's real entry point in a child JVM, with native access as the launcher gives it, so the process ends
 * through libc's {@code _exit} (bound in the background at start, or at exit when the command is over first): the
 * exit code the process ends with must be the command's, and the report must be complete on disk.
 */
class ProcessExitTest {

    @TempDir
    Path dir;

    @Test
    void aSecretAboveTheFailOnLevelEndsTheProcessWithOneAndAFullReport() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.writeString(tree.resolve("settings.py"), "OPENAI_API_KEY = \"" + openAiKey() + "\"\n");
        Path report = dir.resolve("report.json");

        int code = ward("secrets", tree.toString(), "--fail-on", "high", "-f", "json", "-o", report.toString());

        assertThat(code).isEqualTo(1);
        assertThat(Files.readString(report)).contains("\"findings\"").endsWith("}\n");
    }

    @Test
    void aCleanTreeEndsWithZeroAndABadOptionWithTwo() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("clean"));
        Files.writeString(tree.resolve("README.md"), "nothing to see\n");

        assertThat(ward("secrets", tree.toString(), "--fail-on", "high", "-f", "json", "-o",
                dir.resolve("clean.json").toString())).isZero();
        assertThat(ward("secrets", tree.toString(), "--fail-on", "nonsense")).isEqualTo(2);
        assertThat(ward("surface", "--no-such-option")).isEqualTo(2);
    }

    /** A project key of the right shape (with OpenAI's base64 marker), made up here. */
    private static String openAiKey() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        Random random = new Random(11);
        StringBuilder key = new StringBuilder("sk-proj-");
        for (int i = 0; i < 136; i++) {
            key.append(i == 64 ? "T3BlbkFJ" : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
        }
        return key.toString();
    }

    private int ward(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "dev.ward.cli.Main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ward exits").isTrue();
        return process.exitValue();
    }
}
