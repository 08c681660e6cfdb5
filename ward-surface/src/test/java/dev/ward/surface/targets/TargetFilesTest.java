package dev.ward.surface.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ward.surface.Endpoint;
import dev.ward.surface.PortList;
import dev.ward.surface.TargetParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsTargetsWithCommentsBlankLinesAndSeveralPerLine() throws Exception {
        Path file = dir.resolve("hosts.txt");
        Files.writeString(file, """
                # lab hosts
                127.0.0.1:9000   # native

                10.0.0.0/31, 10.0.0.9
                  [::1]:8123
                """);
        assertThat(TargetFiles.read(file)).containsExactly("127.0.0.1:9000", "10.0.0.0/31", "10.0.0.9", "[::1]:8123");
    }

    @Test
    void atFileAndStdinExpandInPlace() throws Exception {
        Path file = dir.resolve("t.txt");
        Files.writeString(file, "10.0.0.1\n");
        var stdin = new ByteArrayInputStream("10.0.0.2 10.0.0.3\n".getBytes(StandardCharsets.UTF_8));
        List<Endpoint> endpoints = TargetParser.space(List.of("@" + file, "-", "10.0.0.4:81"), PortList.parse("80"), () -> stdin).toList();
        assertThat(endpoints).extracting(Endpoint::authority)
                .containsExactlyInAnyOrder("10.0.0.1:80", "10.0.0.2:80", "10.0.0.3:80", "10.0.0.4:81");
    }

    @Test
    void missingOrEmptyFilesAndBadLinesFailClearly() throws Exception {
        assertThatThrownBy(() -> TargetFiles.read(dir.resolve("nope.txt")))
                .hasMessage("targets file " + dir.resolve("nope.txt") + " does not exist or is not a file");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "# nothing\n\n");
        assertThatThrownBy(() -> TargetFiles.read(empty)).hasMessage("no targets in " + empty);
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "10.0.0.1\nnot_a_host!\n");
        assertThatThrownBy(() -> TargetParser.space(List.of("@" + bad), PortList.parse("80")))
                .hasMessage("bad target 'not_a_host!': not a host name, IP address or CIDR block");
    }
}
