package dev.ward.surface.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.core.Access;
import dev.ward.core.Finding;
import dev.ward.core.ScanResult;
import dev.ward.core.Severity;
import dev.ward.testkit.LoopbackServer;
import dev.ward.testkit.RealServers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Real Redis, PostgreSQL (trust and SCRAM), MariaDB and memcached from Debian, on non-default loopback ports, with
 * planted keys: all scanned in one concurrent run with {@link ServiceIdentifier}, which is told no port meanings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealDatabaseServersTest {

    private final List<LoopbackServer> servers = new ArrayList<>();
    private final String redisKey = ServiceScan.openAiKey();
    private final String postgresKey = ServiceScan.openAiKey();
    private final String mariaKey = ServiceScan.openAiKey();
    private final String memcachedKey = ServiceScan.openAiKey();
    private LoopbackServer redis;
    private LoopbackServer redisLocked;
    private LoopbackServer postgres;
    private LoopbackServer postgresLocked;
    private LoopbackServer mariadb;
    private LoopbackServer memcached;
    private ScanResult result;

    @BeforeAll
    void startAndScan() throws Exception {
        redis = keep(RealServers.redis(""));
        redisLocked = keep(RealServers.redis("correct-horse-battery"));
        postgres = keep(RealServers.postgres(""));
        postgresLocked = keep(RealServers.postgres("correct-horse-battery"));
        mariadb = keep(RealServers.mariadb());
        memcached = keep(RealServers.memcached());
        RealServers.resp(redis.port(), "SET session:42 {\"api_key\":\"" + redisKey + "\"}", "SET counter 7",
                "RPUSH chat:1 hello", "SET user:1:email ana@example.org");
        RealServers.psql(postgres, "postgres", "CREATE DATABASE app");
        RealServers.psql(postgres, "app", "CREATE TABLE api_tokens (id int, owner text, token text);"
                + "INSERT INTO api_tokens VALUES (1, 'ana@example.org', '" + postgresKey + "'); ANALYZE api_tokens");
        RealServers.mariadbSql(mariadb, "CREATE DATABASE crm; CREATE TABLE crm.customers (id int, email text, note text);"
                + "INSERT INTO crm.customers VALUES (1, 'bo@example.org', 'key " + mariaKey + "')");
        RealServers.memcachedSet(memcached.port(), "llm:cache:1", "{\"key\":\"" + memcachedKey + "\"}");
        result = ServiceScan.scan(redis.port(), redisLocked.port(), postgres.port(), postgresLocked.port(),
                mariadb.port(), memcached.port());
    }

    private LoopbackServer keep(LoopbackServer server) {
        servers.add(server);
        return server;
    }

    @AfterAll
    void stop() {
        servers.forEach(LoopbackServer::close);
    }

    @Test
    void openRedisIsCriticalWithItsSampledKeyMasked() {
        assertThat(ServiceScan.exposure(result, redis.port()).access()).isEqualTo(Access.OPEN);
        assertThat(ServiceScan.exposure(result, redis.port()).service()).isEqualTo("redis");
        Finding open = ServiceScan.finding(result, redis.port(), "redis.unauthenticated");
        assertThat(open.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(open.message()).contains("4 keys in 1 database").contains("API key").contains("e-mail address");
        assertThat(open.asset().attribute("version")).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void redisWithAPasswordIsAuthRequired() {
        assertThat(ServiceScan.exposure(result, redisLocked.port()).access()).isEqualTo(Access.AUTH_REQUIRED);
        assertThat(ServiceScan.exposure(result, redisLocked.port()).detail()).contains("NOAUTH");
    }

    @Test
    void trustPostgresIsOpenSuperuserAndItsTokenTableIsSampled() {
        assertThat(ServiceScan.exposure(result, postgres.port()).access()).isEqualTo(Access.OPEN);
        Finding open = ServiceScan.finding(result, postgres.port(), "postgresql.unauthenticated");
        assertThat(open.message()).contains("app").contains("app.public.api_tokens").contains("API key");
        assertThat(open.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(ServiceScan.finding(result, postgres.port(), "postgresql.superuser-trust").severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void scramPostgresIsAuthRequired() {
        assertThat(ServiceScan.exposure(result, postgresLocked.port()).access()).isEqualTo(Access.AUTH_REQUIRED);
        assertThat(ServiceScan.exposure(result, postgresLocked.port()).detail()).contains("SCRAM-SHA-256");
    }

    @Test
    void mariadbWithEmptyRootPasswordIsOpenAndItsCustomerTableSampled() {
        assertThat(ServiceScan.exposure(result, mariadb.port()).access()).isEqualTo(Access.OPEN);
        Finding open = ServiceScan.finding(result, mariadb.port(), "mysql.unauthenticated");
        assertThat(open.message()).startsWith("MySQL/MariaDB").contains("crm.customers").contains("API key");
        assertThat(open.asset().attribute("banner")).contains("MariaDB");
        assertThat(ServiceScan.findings(result, mariadb.port())).extracting(Finding::ruleId).contains("mysql.superuser-without-password");
    }

    @Test
    void mariadbWithARootPasswordIsAuthRequired() throws Exception {
        RealServers.mariadbSql(mariadb, "ALTER USER 'root'@'localhost' IDENTIFIED BY 'correct-horse-battery'");
        ScanResult again = ServiceScan.scan(mariadb.port());
        assertThat(ServiceScan.exposure(again, mariadb.port()).access()).isEqualTo(Access.AUTH_REQUIRED);
        assertThat(ServiceScan.exposure(again, mariadb.port()).detail()).contains("1045");
    }

    @Test
    void memcachedIsOpenAndItsCachedValueScanned() {
        assertThat(ServiceScan.exposure(result, memcached.port()).access()).isEqualTo(Access.OPEN);
        assertThat(ServiceScan.finding(result, memcached.port(), "memcached.unauthenticated").message())
                .contains("1 items cached").contains("API key");
    }

    @Test
    void noPlantedSecretIsShownInFull() {
        String shown = ServiceScan.everythingShown(result);
        for (String key : List.of(redisKey, postgresKey, mariaKey, memcachedKey)) {
            assertThat(shown).doesNotContain(key).doesNotContain(key.substring(20, 60));
        }
    }
}
