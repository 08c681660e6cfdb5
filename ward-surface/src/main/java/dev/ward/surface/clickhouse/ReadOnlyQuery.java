package dev.ward.surface.clickhouse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only SQL Ward will send to a server it does not own: one SELECT, SHOW, DESCRIBE or EXISTS statement, with no
 * statement that writes or administers and no table function that reaches outside the server (file, url, remote,
 * s3 and the rest). Construction refuses anything else, so a query that exists was checked.
 *
 * <p>A word followed by a dot is a database or table name ({@code system.tables}), not a statement.
 * Words inside string literals and quoted identifiers are not checked: a table called {@code `drop`} is fine.
 * Comments, semicolons, {@code FORMAT}, {@code SETTINGS} and {@code INTO OUTFILE} are refused outright; the session
 * adds its own format.
 */
public final class ReadOnlyQuery {

    private static final Set<String> FIRST_WORDS = Set.of("SELECT", "SHOW", "DESCRIBE", "DESC", "EXISTS", "WITH");
    private static final Set<String> FORBIDDEN_WORDS = Set.of("INSERT", "CREATE", "ALTER", "DROP", "TRUNCATE", "RENAME",
            "ATTACH", "DETACH", "OPTIMIZE", "KILL", "SYSTEM", "SET", "GRANT", "REVOKE", "DELETE", "UPDATE", "OUTFILE",
            "FORMAT", "SETTINGS", "USE", "EXCHANGE", "MOVE", "UNDROP", "BACKUP", "RESTORE");
    private static final Set<String> FORBIDDEN_FUNCTIONS = Set.of("file", "url", "urlcluster", "remote", "remotesecure",
            "cluster", "clusterallreplicas", "mysql", "postgresql", "sqlite", "mongodb", "redis", "jdbc", "odbc", "hdfs",
            "hdfscluster", "s3", "s3cluster", "gcs", "azureblobstorage", "azureblobstoragecluster", "input", "executable",
            "deltalake", "hudi", "iceberg", "icebergs3", "dictionary", "view", "generaterandom", "numbers", "zeros",
            "merge", "fuzzjson", "loop", "sleep", "sleepeachrow", "throwif");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\s*\\()?(\\s*\\.)?");

    private final String sql;

    private ReadOnlyQuery(String sql) {
        this.sql = sql;
    }

    public static ReadOnlyQuery of(String sql) {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("refused query: empty");
        }
        String text = sql.strip();
        String bare = withoutQuoted(text);
        Matcher m = WORD.matcher(bare);
        boolean first = true;
        while (m.find()) {
            String word = m.group().replaceAll("[\\s(.]", "");
            boolean qualifier = m.group(2) != null;
            String upper = word.toUpperCase(Locale.ROOT);
            if (first && !FIRST_WORDS.contains(upper)) {
                throw new IllegalArgumentException("refused query: only SELECT, SHOW, DESCRIBE and EXISTS are allowed, not " + upper);
            }
            first = false;
            if (FORBIDDEN_WORDS.contains(upper) && !qualifier) {
                throw new IllegalArgumentException("refused query: " + upper + " is not allowed in a read-only probe");
            }
            if (m.group(1) != null && FORBIDDEN_FUNCTIONS.contains(word.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("refused query: function " + word + "() is not allowed in a read-only probe");
            }
        }
        if (first) {
            throw new IllegalArgumentException("refused query: no statement");
        }
        return new ReadOnlyQuery(text);
    }

    public String sql() {
        return sql;
    }

    /** A ClickHouse identifier in back quotes, safe for any name a server reports. */
    public static String identifier(String name) {
        return "`" + name.replace("\\", "\\\\").replace("`", "\\`") + "`";
    }

    /** A ClickHouse string literal, safe for any value. */
    public static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** The text with literals and quoted identifiers blanked; refuses comments, semicolons and unterminated quotes. */
    private static String withoutQuoted(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' || c == '`' || c == '"') {
                int end = closing(text, i, c);
                out.append(' ');
                i = end + 1;
                continue;
            }
            if (c == ';') {
                throw new IllegalArgumentException("refused query: ';' (one statement only)");
            }
            if (text.startsWith("--", i) || text.startsWith("/*", i) || c == '#') {
                throw new IllegalArgumentException("refused query: comments are not allowed");
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int closing(String text, int open, char quote) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("refused query: unterminated " + quote + " quote");
    }

    @Override
    public String toString() {
        return sql;
    }
}
