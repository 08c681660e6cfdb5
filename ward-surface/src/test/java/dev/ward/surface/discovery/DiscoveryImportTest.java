package dev.ward.surface.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ward.surface.Endpoint;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * masscan.* and nmap.* are real outputs of masscan 1.3.2 and nmap 7.93 run against two listeners in a private
 * network namespace (198.18.0.2, ports 18081 and 18083 open, 18080-18084 scanned); naabu fixtures follow its
 * documented formats.
 */
class DiscoveryImportTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) {
        try {
            return Path.of(DiscoveryImportTest.class.getResource("/discovery/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> authorities(List<Endpoint> endpoints) {
        return endpoints.stream().map(Endpoint::authority).sorted().toList();
    }

    @ParameterizedTest
    @CsvSource({
        "masscan.lst, masscan-list",
        "masscan.json, masscan-json",
        "masscan.gnmap, grepable",
        "masscan.xml, xml",
        "nmap.xml, xml",
        "nmap.gnmap, grepable",
        "naabu.txt, naabu",
    })
    void eachToolsOutputGivesOnlyTheOpenPorts(String file, String format) {
        List<Endpoint> sniffed = DiscoveryImport.read(fixture(file), null);
        assertThat(authorities(sniffed)).containsExactly("198.18.0.2:18081", "198.18.0.2:18083");
        assertThat(authorities(DiscoveryImport.read(fixture(file), ImportFormat.parse(format)))).isEqualTo(authorities(sniffed));
    }

    @Test
    void naabuJsonKeepsTheHostNameAndReadsBothPortShapes() {
        List<Endpoint> endpoints = DiscoveryImport.read(fixture("naabu.jsonl"), null);
        assertThat(endpoints).extracting(Endpoint::toString)
                .containsExactly("ollama-staging.lab (198.18.0.2:11434)", "198.18.0.3:6379", "198.18.0.4:8123");
    }

    @Test
    void oldMasscanJsonWithTrailingCommaAndBannerRecordsIsRead() {
        assertThat(authorities(DiscoveryImport.read(fixture("masscan-old.json"), null))).containsExactly("198.18.0.7:9000");
    }

    @Test
    void nmapGrepableKeepsHostNames() throws Exception {
        Path file = dir.resolve("named.gnmap");
        Files.writeString(file, "# Nmap 7.93 scan\nHost: 10.0.0.5 (ch-dev.internal)\tPorts: 9000/open/tcp//cslistener///, 22/filtered/tcp//ssh///\tIgnored State: closed (998)\n");
        assertThat(DiscoveryImport.read(file, null)).extracting(Endpoint::toString).containsExactly("ch-dev.internal (10.0.0.5:9000)");
    }

    @Test
    void malformedInputFailsWithFileLineAndFormat() throws Exception {
        Path list = dir.resolve("bad.lst");
        Files.writeString(list, "#masscan\nopen tcp 9000 10.0.0.5 1\nopen tcp 99999 10.0.0.5 1\n");
        assertThatThrownBy(() -> DiscoveryImport.read(list, null))
                .hasMessage(list + " line 3: '99999' is not a port 1-65535 (masscan-list format)");

        Path json = dir.resolve("bad.jsonl");
        Files.writeString(json, "{\"ip\":\"10.0.0.1\",\"port\":80}\n{\"ip\":\"10.0.0.1\",\"port\":\n");
        assertThatThrownBy(() -> DiscoveryImport.read(json, null)).hasMessageStartingWith(json + " line 2: not valid JSON");

        Path xml = dir.resolve("bad.xml");
        Files.writeString(xml, "<?xml version=\"1.0\"?><nmaprun><host><address addr=\"10.0.0.1\" addrtype=\"ipv4\"/>");
        assertThatThrownBy(() -> DiscoveryImport.read(xml, null)).hasMessageStartingWith(xml + " is not well-formed XML");

        Path other = dir.resolve("notes.txt");
        Files.writeString(other, "hello world\n");
        assertThatThrownBy(() -> DiscoveryImport.read(other, null)).hasMessageStartingWith("cannot tell the format of import file");

        assertThatThrownBy(() -> DiscoveryImport.read(dir.resolve("missing.xml"), null)).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ImportFormat.parse("zmap")).hasMessageStartingWith("unknown --import-format 'zmap'");
    }

    @Test
    void xmlEntitiesAreNotExpanded() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "10.6.6.6");
        Path xml = dir.resolve("xxe.xml");
        Files.writeString(xml, "<?xml version=\"1.0\"?><!DOCTYPE nmaprun [<!ENTITY x SYSTEM \"file://" + secret + "\">]>"
                + "<nmaprun><host><address addr=\"&x;\" addrtype=\"ipv4\"/><ports><port protocol=\"tcp\" portid=\"80\">"
                + "<state state=\"open\"/></port></ports></host></nmaprun>");
        assertThatThrownBy(() -> DiscoveryImport.read(xml, null)).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("10.6.6.6");
    }
}
