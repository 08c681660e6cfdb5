package dev.ward.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetParserTest {

    private static final PortList PORTS = PortList.parse("8123,9000");

    private static List<String> authorities(String... targets) {
        return TargetParser.parse(List.of(targets), PORTS).stream().map(Endpoint::authority).toList();
    }

    @Test
    void ipv4TakesEveryListedPort() {
        assertThat(authorities("127.0.0.1")).containsExactly("127.0.0.1:8123", "127.0.0.1:9000");
    }

    @Test
    void explicitPortOverridesTheList() {
        assertThat(authorities("127.0.0.1:9440")).containsExactly("127.0.0.1:9440");
        assertThat(authorities("[::1]:9000")).containsExactly("[0:0:0:0:0:0:0:1]:9000");
    }

    @Test
    void ipv6LiteralsWithAndWithoutBrackets() {
        List<Endpoint> endpoints = TargetParser.parse(List.of("::1", "[::1]"), PORTS);
        assertThat(endpoints).hasSize(2).allMatch(e -> e.address() instanceof Inet6Address);
        assertThat(endpoints.getFirst().uri("clickhouse")).isEqualTo("clickhouse://[0:0:0:0:0:0:0:1]:8123");
    }

    @Test
    void hostNamesResolveToEveryAddress() {
        List<Endpoint> endpoints = TargetParser.parse(List.of("localhost:8123"), PORTS);
        assertThat(endpoints).isNotEmpty().allMatch(e -> e.host().equals("localhost") && e.address().isLoopbackAddress());
    }

    @Test
    void cidrBlocksExpandToEveryAddress() {
        assertThat(authorities("10.0.0.0/30:9000")).containsExactly("10.0.0.0:9000", "10.0.0.1:9000", "10.0.0.2:9000", "10.0.0.3:9000");
        assertThat(authorities("10.1.2.3/31")).hasSize(4).startsWith("10.1.2.2:8123");
        assertThat(TargetParser.parse(List.of("fd00::/126"), PortList.parse("9000")))
                .extracting(Endpoint::authority).containsExactly("[fd00:0:0:0:0:0:0:0]:9000", "[fd00:0:0:0:0:0:0:1]:9000",
                        "[fd00:0:0:0:0:0:0:2]:9000", "[fd00:0:0:0:0:0:0:3]:9000");
        assertThat(TargetParser.parse(List.of("10.0.0.0/16"), PortList.parse("9000"))).hasSize(65_536);
    }

    @Test
    void refusesBlocksLargerThanTheLimit() {
        assertThatThrownBy(() -> TargetParser.parse(List.of("10.0.0.0/8"), PORTS)).hasMessage(
                "'10.0.0.0/8' holds 2^24 addresses; the most one block may hold is 65536 (/16); split it into smaller blocks");
        assertThatThrownBy(() -> TargetParser.parse(List.of("2001:db8::/64"), PORTS)).hasMessage(
                "'2001:db8::/64' holds 2^64 addresses; the most one block may hold is 65536 (/112); split it into smaller blocks");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "999.1.1.1|bad target '999.1.1.1': not a valid IPv4 address",
        "1.2.3|bad target '1.2.3': not a valid IPv4 address",
        "10.0.0.0/33|bad target '10.0.0.0/33': prefix length must be 0-32",
        "10.0.0.0/x|bad target '10.0.0.0/x': prefix length must be 0-32",
        "127.0.0.1:0|bad target '127.0.0.1:0': port 0 is out of range 1-65535",
        "127.0.0.1:70000|bad target '127.0.0.1:70000': port 70000 is out of range 1-65535",
        "127.0.0.1:http|bad target '127.0.0.1:http': port must be a number 1-65535",
        "[::1|bad target '[::1': missing ']'",
        "[::1]x|bad target '[::1]x': expected ':port' after ']'",
        "[127.0.0.1]:9000|bad target '[127.0.0.1]:9000': brackets are only for IPv6 addresses",
        "::zz|bad target '::zz': not a valid IPv6 address",
        "bad_host!|bad target 'bad_host!': not a host name, IP address or CIDR block",
        ":9000|bad target ':9000': no host",
    })
    void rejectsBadTargetsWithAMessageNamingTheToken(String target, String message) {
        assertThatThrownBy(() -> TargetParser.parse(List.of(target), PORTS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void unresolvableHostFailsClearlyAndQuickly() {
        Instant start = Instant.now();
        assertThatThrownBy(() -> TargetParser.parse(List.of("no-such-host.invalid"), PORTS))
                .isInstanceOf(IllegalArgumentException.class)
                .message().matches("host 'no-such-host.invalid' (does not resolve \\(unknown host\\)|did not resolve within 5 s)");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(7));
    }

    @Test
    void rejectsNoTargetsAndEmptyOnes() {
        assertThatThrownBy(() -> TargetParser.parse(List.of(), PORTS)).hasMessage("no targets given");
        assertThatThrownBy(() -> TargetParser.parse(List.of(" "), PORTS)).hasMessage("empty target");
    }
}
