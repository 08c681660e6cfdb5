package dev.ward.surface.clickhouse;

import dev.ward.core.CheckInfo;
import dev.ward.core.Control;
import dev.ward.core.Severity;
import dev.ward.surface.SurfaceCheck;
import java.util.List;

/** A ClickHouse that answers queries without a password. CRITICAL when its sample holds secrets or personal data. */
public final class ClickHouseUnauthenticatedCheck implements SurfaceCheck {

    public static final CheckInfo INFO = new CheckInfo("clickhouse.unauthenticated",
            "ClickHouse open without authentication", Severity.HIGH,
            List.of(Control.owaspLlm("LLM02", "Sensitive Information Disclosure"),
                    Control.atlas("AML.T0055", "Unsecured Credentials"),
                    Control.atlas("AML.T0036", "Data from Information Repositories"),
                    Control.cwe(306, "Missing Authentication for Critical Function"),
                    Control.nistAiRmf("MEASURE 2.7", "Security and resilience evaluated")),
            """
            Require a password and stop exposing the ports:
            1. In users.xml (or users.d/default.xml) give the default user a password hash instead of an empty \
            <password/>: <password_sha256_hex>…</password_sha256_hex> (generate with: \
            echo -n "$PASSWORD" | sha256sum), or remove the default user and create named users.
            2. Restrict where each user may connect from: <networks><ip>127.0.0.1</ip><ip>10.0.0.0/8</ip></networks> \
            instead of <ip>::/0</ip>.
            3. In config.xml listen only where clients are: <listen_host>127.0.0.1</listen_host> (or a private address), \
            not :: or 0.0.0.0.
            4. Firewall TCP 8123 (HTTP), 9000 (native), 8443 (HTTPS), 9440 (native TLS) and 9009 (interserver) from the \
            internet; expose ClickHouse only through a VPN or private network.
            5. Treat everything the server held as disclosed: rotate every API key and token found in its tables and \
            review access logs (system.query_log) for outside queries.""");

    @Override
    public CheckInfo info() {
        return INFO;
    }
}
