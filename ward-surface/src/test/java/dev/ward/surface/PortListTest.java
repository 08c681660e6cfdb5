package dev.ward.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortListTest {

    @Test
    void parsesSinglePortsAndRangesInOrderWithoutDuplicates() {
        assertThat(PortList.parse("8123,9000,9100-9103, 9000").ports()).containsExactly(8123, 9000, 9100, 9101, 9102, 9103);
    }

    @Test
    void acceptsTheWholePortRange() {
        assertThat(PortList.parse("1-65535").size()).isEqualTo(65_535);
    }

    @Test
    void clickhouseDefaults() {
        assertThat(PortList.clickhouseDefaults().ports()).containsExactly(8123, 9000, 8443, 9440, 9004, 9005, 9009);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|port 0 in '0' is out of range 1-65535",
        "65536|port 65536 in '65536' is out of range 1-65535",
        "9000-8123|port range '9000-8123' is reversed; write 8123-9000",
        "http|'http' is not a port or port range; expected for example 9000 or 9100-9110",
        "80,,443|empty entry in port list '80,,443'",
        "9000-|'9000-' is not a port or port range; expected for example 9000 or 9100-9110",
        "-1|'-1' is not a port or port range; expected for example 9000 or 9100-9110",
        "99999999999|'99999999999' is not a port or port range; expected for example 9000 or 9100-9110",
    })
    void rejectsBadSpecsWithAMessageNamingTheToken(String spec, String message) {
        assertThatThrownBy(() -> PortList.parse(spec)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void rejectsAnEmptySpec() {
        assertThatThrownBy(() -> PortList.parse(" ")).hasMessage("port list is empty; expected for example 8123,9000,9100-9110");
    }

    @Test
    void aiDefaultsHoldTheUsualPortsOfAiInfrastructureOnceEach() {
        List<Integer> ports = PortList.aiDefaults().ports();
        assertThat(ports).contains(8123, 9000, 11434, 8000, 4000, 8265, 10001, 5000, 8888, 6006, 7860, 8501, 3000, 8080, 8081,
                8082, 8001, 8002, 6333, 6334, 19530, 9091, 9200, 6379, 27017, 5432, 3306, 11211, 9090, 2375, 2376, 10250,
                10255, 2379, 9001, 8188, 15672, 8086).doesNotHaveDuplicates().isSorted();
        assertThat(PortList.parse("ai,1").ports()).containsAll(ports).contains(1);
        assertThat(PortList.parse("clickhouse").ports()).isEqualTo(PortList.clickhouseDefaults().ports());
    }
}
