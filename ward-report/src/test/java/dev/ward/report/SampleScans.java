package dev.ward.report;

import dev.ward.core.Access;
import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.CheckInfo;
import dev.ward.core.Control;
import dev.ward.core.Evidence;
import dev.ward.core.Exposure;
import dev.ward.core.Finding;
import dev.ward.core.Location;
import dev.ward.core.ScanResult;
import dev.ward.core.Severity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Scans built by hand, with fixed times, for the writer tests. */
final class SampleScans {

    static final Instant STARTED = Instant.parse("2025-03-14T09:26:53.120Z");
    static final Instant FINISHED = STARTED.plusMillis(2_480);

    static final Control LLM02 = Control.owaspLlm("LLM02", "Sensitive Information Disclosure");
    static final Control AML_T0055 = Control.atlas("AML.T0055", "Unsecured Credentials");

    static final CheckInfo CLICKHOUSE_OPEN = new CheckInfo("clickhouse.unauthenticated",
            "ClickHouse answers queries without a password", Severity.CRITICAL,
            List.of(LLM02, AML_T0055, Control.cwe(306, "Missing Authentication for Critical Function")),
            "Set a password for the default user in users.xml & restrict listen_host to the addresses that need it.");

    static final CheckInfo CLICKHOUSE_AUTH = new CheckInfo("clickhouse.auth-required",
            "ClickHouse is reachable and asks for credentials", Severity.INFO, List.of(),
            "Nothing to fix; keep the port off the public internet.");

    static final CheckInfo OPENAI_KEY = new CheckInfo("secrets.openai-key", "OpenAI API key in a file", Severity.HIGH,
            List.of(LLM02, Control.cwe(798, "Use of Hard-coded Credentials")),
            "Revoke the key, then load it from a secret store instead of the file.");

    private SampleScans() {
    }

    /** One of everything: an open ClickHouse, one asking for a password, a secret in a file, and each exposure outcome. */
    static ScanResult representative() {
        Asset http = new Asset(AssetKind.SERVICE, "clickhouse://127.0.0.1:8123",
                Map.of("product", "ClickHouse", "version", "24.3.2.23", "display_name", "ch-prod-1"));
        Asset nativePort = Asset.of(AssetKind.SERVICE, "clickhouse://127.0.0.1:9000").with("product", "ClickHouse");
        Asset web = Asset.of(AssetKind.SERVICE, "clickhouse://127.0.0.1:8080");
        Asset tls = Asset.of(AssetKind.SERVICE, "clickhouse://127.0.0.1:9440");
        Asset envFile = Asset.of(AssetKind.FILE, "file:///srv/app/config/app.env");

        Evidence query = Evidence.of("HTTP query: SELECT version()",
                "POST / HTTP/1.1\nHost: 127.0.0.1:8123\nContent-Length: 16\n\nSELECT version()",
                "HTTP/1.1 200 OK\nX-ClickHouse-Server-Display-Name: ch-prod-1\nX-ClickHouse-Format: TabSeparated\n\n24.3.2.23\n");
        Evidence nativeHello = Evidence.of("Native handshake as user default, empty password",
                "Hello: client=ward, user=default", "Exception: Code: 516. default: Authentication failed");

        Finding open = Finding.of(CLICKHOUSE_OPEN, http)
                .message("ClickHouse 24.3.2.23 runs any SQL sent over HTTP as user default without a password; "
                        + "3 databases and 41 tables are readable, including default.chat_logs.")
                .evidence(query)
                .property("databases", 3)
                .property("tables", 41)
                .build();
        Finding authRequired = Finding.of(CLICKHOUSE_AUTH, nativePort)
                .message("The native protocol refused user default without a password.")
                .evidence(nativeHello)
                .build();
        Finding key = Finding.of(OPENAI_KEY, envFile)
                .message("OPENAI_API_KEY holds an OpenAI project key sk-pro…#1a2b3c4d.")
                .location(new Location("config/app.env", 3, 16))
                .discriminator("OPENAI_API_KEY")
                .build();

        List<Exposure> exposures = List.of(
                new Exposure(http, "clickhouse", "http", Access.OPEN, "ClickHouse 24.3.2.23, no password", List.of(query)),
                new Exposure(nativePort, "clickhouse", "native", Access.AUTH_REQUIRED, "Code: 516, authentication failed",
                        List.of(nativeHello)),
                new Exposure(web, "clickhouse", "http", Access.NOT_IDENTIFIED, "HTTP server, not ClickHouse (Server: nginx/1.25.4)",
                        List.of()),
                new Exposure(tls, "clickhouse", "", Access.UNREACHABLE, "connection refused", List.of()));

        return new ScanResult("ward 0.1.0", "surface", List.of("127.0.0.1", "./config"), STARTED, FINISHED,
                List.of(http, nativePort, envFile), exposures, List.of(authRequired, key, open));
    }

    /** A scan that found nothing at all. */
    static ScanResult empty() {
        return new ScanResult("ward 0.1.0", "surface", List.of("10.0.0.0/30"), STARTED, FINISHED, List.of(), List.of(), List.of());
    }

    /** The representative scan with one extra finding whose message is this text. */
    static ScanResult withMessage(String message) {
        Asset asset = Asset.of(AssetKind.SERVICE, "clickhouse://127.0.0.1:8123");
        Finding finding = Finding.of(CLICKHOUSE_OPEN, asset).message(message).build();
        return new ScanResult("ward 0.1.0", "surface", List.of("127.0.0.1"), STARTED, FINISHED, List.of(asset), List.of(),
                List.of(finding));
    }

    static ScanResult withFindings(List<Finding> findings) {
        return new ScanResult("ward 0.1.0", "surface", List.of("127.0.0.1"), STARTED, FINISHED, List.of(), List.of(), findings);
    }
}
