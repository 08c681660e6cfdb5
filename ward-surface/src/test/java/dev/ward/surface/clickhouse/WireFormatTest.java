package dev.ward.surface.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.surface.SurfaceCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void tabSeparatedUnescapes() {
        assertThat(TabSeparated.parse("a\\tb\tc\\\\d\\n\t['x\\'y']\n2\t\t\n", false))
                .containsExactly(List.of("a\tb", "c\\d\n", "['x'y']"), List.of("2", "", ""));
        assertThat(TabSeparated.parse("1\n2\n3-partial", true)).containsExactly(List.of("1"), List.of("2"));
    }

    @Test
    void httpErrorBodiesOfOldAndNewServers() {
        ServerError old = ServerError.fromHttpBody(
                "Code: 193, e.displayText() = DB::Exception: Wrong password for user default, e.what() = DB::Exception\n");
        assertThat(old.code()).isEqualTo(193);
        assertThat(old.isAuthentication()).isTrue();
        assertThat(old.summary()).isEqualTo("Code: 193 Wrong password for user default");
        ServerError modern = ServerError.fromHttpBody(
                "Code: 516. DB::Exception: default: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED) (version 24.8.1.1)\n");
        assertThat(modern.code()).isEqualTo(516);
        assertThat(modern.isAuthentication()).isTrue();
        assertThat(ServerError.fromHttpBody("<html>nope</html>")).isNull();
    }

    @Test
    void nativeHelloRequestLayout() {
        byte[] hello = NativeHello.request("default", "");
        assertThat(hello).startsWith(0x00, 0x04, 'W', 'a', 'r', 'd', 18, 16, 0x81, 0xa9, 0x03, 0x00, 0x07);
        assertThat(hello).endsWith('d', 'e', 'f', 'a', 'u', 'l', 't', 0x00);
    }

    @Test
    void onlyLocallyStoredTablesThatLookSensitiveAreSampled() {
        TableStats logs = new TableStats("default", "log_stream", "MergeTree", List.of(), 10, 0, 0);
        assertThat(ClickHouseSurvey.interesting(logs)).isTrue();
        assertThat(ClickHouseSurvey.storedLocally(logs)).isTrue();
        assertThat(ClickHouseSurvey.storedLocally(new TableStats("d", "t", "ReplicatedReplacingMergeTree", List.of(), 1, 0, 0))).isTrue();
        assertThat(ClickHouseSurvey.storedLocally(new TableStats("d", "t", "Memory", List.of(), 1, 0, 0))).isTrue();
        for (String remote : List.of("Kafka", "Distributed", "URL", "S3", "MySQL", "View", "MaterializedView", "RabbitMQ")) {
            assertThat(ClickHouseSurvey.storedLocally(new TableStats("d", "chat_log", remote, List.of(), 1, 0, 0))).as(remote).isFalse();
        }
        TableStats metrics = new TableStats("analytics", "metrics", "MergeTree",
                List.of(new TableStats.Column("ts", "DateTime"), new TableStats.Column("value", "Float64")), 10, 0, 0);
        assertThat(ClickHouseSurvey.interesting(metrics)).isFalse();
        TableStats byColumn = new TableStats("x", "t1", "MergeTree", List.of(new TableStats.Column("prompt", "String")), 1, 0, 0);
        assertThat(ClickHouseSurvey.interesting(byColumn)).isTrue();
    }

    @Test
    void checksAreRegisteredInOnePlace() {
        assertThat(SurfaceCheck.registry().all()).extracting(c -> c.info().id())
                .containsExactly("clickhouse.auth-required", "clickhouse.unauthenticated");
    }
}
