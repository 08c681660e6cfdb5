package dev.ward.surface.clickhouse;

import dev.ward.core.CheckInfo;
import dev.ward.core.Control;
import dev.ward.core.Severity;
import dev.ward.surface.SurfaceCheck;
import java.util.List;

/** A reachable ClickHouse that asks for a password: not open, but a login surface anyone can try passwords on. */
public final class ClickHouseAuthRequiredCheck implements SurfaceCheck {

    public static final CheckInfo INFO = new CheckInfo("clickhouse.auth-required",
            "ClickHouse login surface reachable", Severity.INFO,
            List.of(Control.cwe(307, "Improper Restriction of Excessive Authentication Attempts"),
                    Control.nistAiRmf("MEASURE 2.7", "Security and resilience evaluated")),
            """
            ClickHouse asks for a password here, which is good. If this address is reachable from untrusted networks, \
            restrict it: <listen_host>127.0.0.1</listen_host> or a private address in config.xml, \
            <networks><ip>…</ip></networks> per user in users.xml, and firewall TCP 8123, 9000, 8443 and 9440. \
            Use long random passwords stored as <password_sha256_hex>.""");

    @Override
    public CheckInfo info() {
        return INFO;
    }
}
