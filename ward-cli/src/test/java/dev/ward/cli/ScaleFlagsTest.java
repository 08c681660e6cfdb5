package dev.ward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.cli.CommandLineUsageTest.Run;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The targets-and-scale flags: one clear line and exit 2 for bad values; a loopback-only sweep for good ones. */
class ScaleFlagsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--shard|3/2|--shard 3/2 is out of range",
        "--shard|two|--shard 'two' is not i/n",
        "--rate|-5|--rate must be between 0",
        "--per-host|-1|--per-host must be between 0",
        "--retries|99|--retries must be between 0 and 10",
        "--import-format|zmap|unknown --import-format 'zmap'",
        "--targets-file|/nonexistent/hosts.txt|targets file /nonexistent/hosts.txt does not exist",
        "--import|/nonexistent/scan.xml|import file /nonexistent/scan.xml does not exist",
        "--resume|/nonexistent-dir/scan.state|folder /nonexistent-dir does not exist",
    })
    void badValuesAreOneLineUsageErrors(String flag, String value, String message) {
        Run r = CommandLineUsageTest.run("surface", "127.0.0.1", "--seed", "1", flag, value);
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains(message);
        assertThat(r.err().lines().count()).isEqualTo(2);
    }

    @Test
    void shardWithoutSeedIsRefused() {
        Run r = CommandLineUsageTest.run("surface", "127.0.0.1", "--shard", "1/2");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--shard needs --seed");
    }

    @Test
    void malformedImportNamesFileAndLine() throws IOException {
        Path file = dir.resolve("scan.lst");
        Files.writeString(file, "#masscan\nopen tcp 9000 10.0.0.5 1\nopen tcp 9000 not-an-ip 1\n");
        Run r = CommandLineUsageTest.run("surface", "--import", file.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains(file + " line 3: 'not-an-ip' is not an IP address (masscan-list format)");
    }

    @Test
    void discoverOnlyListsTheOpenLoopbackEndpointsAndTheListImportsBack() throws IOException {
        try (ServerSocket a = listen("127.0.0.1"); ServerSocket b = listen("127.0.0.2")) {
            int closed;
            try (ServerSocket gone = listen("127.0.0.1")) {
                closed = gone.getLocalPort();
            }
            String ports = a.getLocalPort() + "," + b.getLocalPort() + "," + closed;
            Path targets = dir.resolve("targets.txt");
            Files.writeString(targets, "# loopback only\n127.0.0.1\n127.0.0.2 127.0.0.3\n");
            Path found = dir.resolve("found.txt");
            Run r = CommandLineUsageTest.run("surface", "--targets-file", targets.toString(), "--ports", ports,
                    "--discover-only", "--seed", "5", "-o", found.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(Files.readAllLines(found)).containsExactlyInAnyOrder("127.0.0.1:" + a.getLocalPort(), "127.0.0.2:" + b.getLocalPort());

            Path resume = dir.resolve("scan.state");
            Run again = CommandLineUsageTest.run("surface", "--import", found.toString(), "--discover-only", "--resume", resume.toString());
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(again.out().lines()).containsExactlyInAnyOrder("127.0.0.1:" + a.getLocalPort(), "127.0.0.2:" + b.getLocalPort());
            assertThat(resume).exists();
            Run resumed = CommandLineUsageTest.run("surface", "--import", found.toString(), "--discover-only", "--resume", resume.toString());
            assertThat(resumed.err()).contains("resumed: 2 of 2 endpoints were finished by an earlier run");
        }
    }

    private static ServerSocket listen(String address) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
        return socket;
    }
}
