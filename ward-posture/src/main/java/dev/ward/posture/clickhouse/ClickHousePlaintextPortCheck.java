package dev.ward.posture.clickhouse;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.Violation;
import java.util.List;
import java.util.Map;

/** A network-facing server whose HTTP or native port has no TLS twin: passwords and results cross the wire in clear. */
public final class ClickHousePlaintextPortCheck extends ClickHouseCheck {

    /** Each plain-text port and the setting that gives it a TLS variant. */
    private static final Map<String, String> TLS_VARIANT = Map.of("http_port", "https_port", "tcp_port", "tcp_port_secure");

    public ClickHousePlaintextPortCheck() {
        super(new CheckInfo("clickhouse.plaintext-port-without-tls",
                "ClickHouse plain-text port with no TLS variant on a network-facing server", Severity.MEDIUM,
                List.of(LLM02_DISCLOSURE, CWE_CLEARTEXT_TRANSMISSION, NIST_SECURITY),
                "Add <https_port>8443</https_port> and <tcp_port_secure>9440</tcp_port_secure> with an <openSSL> "
                        + "<server> certificate, and remove <http_port>/<tcp_port> or bind them to 127.0.0.1."));
    }

    @Override
    public List<Violation> inspect(ClickHouseServerConfig config) {
        if (!config.networkFacing()) {
            return List.of();
        }
        return TLS_VARIANT.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> config.setting(e.getValue()).isEmpty())
                .flatMap(e -> config.setting(e.getKey()).stream())
                .map(port -> violation(config, port, port.name() + " " + port.text() + " is served without TLS and "
                        + TLS_VARIANT.get(port.name()) + " is not set", port.name()))
                .toList();
    }
}
