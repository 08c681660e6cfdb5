package dev.ward.surface.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlyQueryTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT version()",
        "select name from system.databases",
        "SHOW TABLES FROM `default`",
        "DESCRIBE TABLE default.log_stream",
        "EXISTS TABLE default.t",
        "SELECT database, table, toString(sum(rows)) FROM system.parts WHERE active GROUP BY database, table",
        "SELECT `drop`, 'insert into x' FROM `file(` LIMIT 1",
        "SELECT substring(ifNull(toString(`string.values`), ''), 1, 64) AS c0 FROM `default`.`log_stream` LIMIT 20",
    })
    void acceptsReadOnlyStatements(String sql) {
        assertThat(ReadOnlyQuery.of(sql).sql()).isEqualTo(sql);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "INSERT INTO t VALUES (1)|refused query: only SELECT, SHOW, DESCRIBE and EXISTS are allowed, not INSERT",
        "DROP TABLE t|refused query: only SELECT, SHOW, DESCRIBE and EXISTS are allowed, not DROP",
        "ALTER TABLE t DELETE WHERE 1|refused query: only SELECT, SHOW, DESCRIBE and EXISTS are allowed, not ALTER",
        "SYSTEM SHUTDOWN|refused query: only SELECT, SHOW, DESCRIBE and EXISTS are allowed, not SYSTEM",
        "SET readonly = 0|refused query: only SELECT, SHOW, DESCRIBE and EXISTS are allowed, not SET",
        "SHOW CREATE TABLE t|refused query: CREATE is not allowed in a read-only probe",
        "SELECT 1; DROP TABLE t|refused query: ';' (one statement only)",
        "SELECT * FROM file('/etc/passwd')|refused query: function file() is not allowed in a read-only probe",
        "SELECT * FROM url('http://x', CSV, 'a String')|refused query: function url() is not allowed in a read-only probe",
        "SELECT * FROM remote ('10.0.0.1', system.one)|refused query: function remote() is not allowed in a read-only probe",
        "SELECT * FROM s3('https://b/k')|refused query: function s3() is not allowed in a read-only probe",
        "SELECT 1 INTO OUTFILE 'x'|refused query: OUTFILE is not allowed in a read-only probe",
        "SELECT 1 FORMAT Native|refused query: FORMAT is not allowed in a read-only probe",
        "SELECT 1 SETTINGS readonly = 0|refused query: SETTINGS is not allowed in a read-only probe",
        "SELECT 1 -- hidden|refused query: comments are not allowed",
        "SELECT /* x */ 1|refused query: comments are not allowed",
        "SELECT 'unterminated|refused query: unterminated ' quote",
    })
    void refusesEverythingElse(String sql, String message) {
        assertThatThrownBy(() -> ReadOnlyQuery.of(sql)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void refusesEmpty() {
        assertThatThrownBy(() -> ReadOnlyQuery.of("  ")).hasMessage("refused query: empty");
        assertThatThrownBy(() -> ReadOnlyQuery.of("'abc'")).hasMessage("refused query: no statement");
    }

    @Test
    void quotedNamesFromAHostileServerCannotBreakOut() {
        String evil = "x` FROM t; DROP TABLE y --";
        String sql = "SELECT 1 FROM " + ReadOnlyQuery.identifier(evil);
        assertThat(ReadOnlyQuery.of(sql).sql()).isEqualTo("SELECT 1 FROM `x\\` FROM t; DROP TABLE y --`");
        assertThat(ReadOnlyQuery.literal("it's \\")).isEqualTo("'it\\'s \\\\'");
    }
}
