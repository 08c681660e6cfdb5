package dev.ward.surface.service;

import dev.ward.core.Access;
import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.Evidence;
import dev.ward.core.Exposure;
import dev.ward.core.ScanListener;
import dev.ward.core.TimeBudget;
import dev.ward.surface.Endpoint;
import dev.ward.surface.EndpointProbe;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.net.Connection;
import dev.ward.surface.net.HttpReply;
import dev.ward.surface.net.HttpSession;
import dev.ward.surface.net.NotHttpException;
import dev.ward.surface.net.ProbeException;
import java.util.List;

/**
 * Names what answers on one endpoint, whatever the port, and measures it when it is open. One HTTP GET / goes first:
 * HTTP services are then told apart by the replies to a few more GETs on the same kept-alive connection, and a port
 * that answers with something else is named from its first bytes (a MySQL greeting, a Redis error, memcached's ERROR,
 * an AMQP header, a TLS alert). Server-first banners need no wait of their own: they arrive before any answer to the
 * request. A port that closes without a word gets the ordered burst of hellos, each on its own short connection:
 * line protocols first (Redis, memcached), because every server answers or drops a line at once, then the
 * length-prefixed ones (PostgreSQL, MongoDB, ClickHouse native) that a line server would sit on until the read
 * timeout; last a TLS handshake. Emits exactly one exposure.
 */
public final class ServiceIdentifier implements EndpointProbe {

    public static final String UNKNOWN = Exposure.UNKNOWN_SERVICE;

    private final SurfaceOptions options;
    private final ServiceCatalog catalog;

    public ServiceIdentifier(SurfaceOptions options, ServiceCatalog catalog) {
        this.options = options;
        this.catalog = catalog;
    }

    /** Every service Ward knows, in the order that tells them apart best. */
    public static ServiceIdentifier standard(SurfaceOptions options) {
        return new ServiceIdentifier(options, ServiceCatalog.standard(options));
    }

    public ServiceCatalog catalog() {
        return catalog;
    }

    @Override
    public String service() {
        return UNKNOWN;
    }

    /** What was learned about one endpoint, before it is emitted. */
    private record Outcome(ServiceCheck check, Identification id, BlastRadiusReport report, Access access,
                           String protocol, String detail, List<Evidence> evidence) {
        static Outcome identified(ServiceCheck check, Identification id, BlastRadiusReport report) {
            return new Outcome(check, id, report, id.access(), id.protocol(), id.detail(), id.evidence());
        }

        static Outcome failed(Access access, String protocol, String detail, List<Evidence> evidence) {
            return new Outcome(null, null, null, access, protocol, detail, evidence);
        }
    }

    @Override
    public void probe(Endpoint endpoint, ScanListener listener) {
        TimeBudget budget = TimeBudget.of(options.targetBudget());
        Outcome outcome = identify(endpoint, budget);
        if (outcome.check() == null) {
            listener.exposure(new Exposure(Asset.of(AssetKind.SERVICE, endpoint.uri("tcp")), UNKNOWN, outcome.protocol(),
                    outcome.access(), outcome.detail(), outcome.evidence()));
            return;
        }
        ServiceCheck check = outcome.check();
        Identification id = outcome.id();
        Asset asset = asset(endpoint, check, id);
        listener.asset(asset);
        listener.exposure(new Exposure(asset, check.id(), id.protocol(), id.access(), id.detail(), id.evidence()));
        if (!id.isOpen()) {
            listener.finding(ServiceFindings.loginExposed(check, asset, id));
            return;
        }
        listener.finding(check.openFinding(asset, endpoint, id, outcome.report()));
        outcome.report().capabilities().forEach(c -> listener.finding(ServiceFindings.capability(asset, c)));
    }

    /** Thrown inside {@link #identify} when a banner arrived, to leave the HTTP attempt. */
    private static final class NotHttpBanner extends RuntimeException {
        NotHttpBanner() {
            super(null, null, false, false);
        }
    }

    /**
     * How long to listen for a server-first banner (MySQL, MariaDB) before sending HTTP: twice the connect time, at
     * least {@value #MIN_BANNER_WAIT_MILLIS} ms. Sending HTTP to MySQL at once would count as a bad handshake there,
     * and enough of those block the scanning host.
     */
    static java.time.Duration bannerWait(long connectNanos) {
        return java.time.Duration.ofMillis(Math.max(MIN_BANNER_WAIT_MILLIS, 2 * connectNanos / 1_000_000));
    }

    static final long MIN_BANNER_WAIT_MILLIS = 100;

    private Outcome identify(Endpoint endpoint, TimeBudget budget) {
        long started = System.nanoTime();
        byte[] firstBytes = new byte[0];
        try (HttpSession http = new HttpSession(endpoint, budget, options, false)) {
            Connection first = Connection.open(endpoint, budget, options);
            long connectNanos = System.nanoTime() - started;
            firstBytes = first.banner(bannerWait(connectNanos));
            if (firstBytes.length > 0) {
                first.close();
                throw new NotHttpBanner();
            }
            HttpReply root = http.adopt(first).get("/");
            if (TlsSigns.plainRequestRejected(root)) {
                return overTls(endpoint, budget, "answered plain HTTP with 'use HTTPS'");
            }
            return overHttp(new HttpPages(http, root));
        } catch (NotHttpBanner e) {
            // the server spoke first: name it from its banner without sending it HTTP
        } catch (NotHttpException e) {
            firstBytes = e.firstBytes();
        } catch (ProbeException e) {
            return Outcome.failed(e.access(), "", e.getMessage(), List.of());
        }
        if (TlsSigns.tlsRecord(firstBytes)) {
            return overTls(endpoint, budget, "answered plain HTTP with a TLS record");
        }
        WireContext context = new WireContext(endpoint, budget, options);
        StringBuilder tried = new StringBuilder();
        for (WireServiceCheck wire : catalog.wireChecks()) {
            if (wire.recognises(firstBytes)) {
                Outcome o = tryWire(wire, context, tried);
                if (o != null) {
                    return o;
                }
            }
        }
        for (WireServiceCheck wire : catalog.wireChecks()) {
            if (wire.inBurst() && !wire.recognises(firstBytes)) {
                if (budget.expired()) {
                    break;
                }
                Outcome o = tryWire(wire, context, tried);
                if (o != null) {
                    return o;
                }
            }
        }
        String first = firstBytes.length == 0 ? "closed the connection without answering HTTP"
                : "sent non-HTTP bytes " + Connection.hexPrefix(firstBytes, firstBytes.length);
        if (firstBytes.length == 0 && !budget.expired()) {
            Outcome tls = overTls(endpoint, budget, "closed plain connections");
            if (tls.check() != null || tls.protocol().equals("https")) {
                return tls;
            }
        }
        return Outcome.failed(Access.NOT_IDENTIFIED, "tcp", first + "; no known protocol (" + tried + ")", List.of());
    }

    private Outcome tryWire(WireServiceCheck wire, WireContext context, StringBuilder tried) {
        BlastRadiusReport report = new BlastRadiusReport();
        try {
            Identification id = wire.probe(context, report);
            if (id != null) {
                return Outcome.identified(wire.service(), id, report);
            }
            note(tried, wire.service().id() + ": no");
        } catch (ProbeException e) {
            note(tried, wire.service().id() + ": " + e.getMessage());
        }
        return null;
    }

    private static void note(StringBuilder tried, String what) {
        tried.append(tried.isEmpty() ? "" : "; ").append(what);
    }

    private Outcome overTls(Endpoint endpoint, TimeBudget budget, String why) {
        try (HttpSession https = new HttpSession(endpoint, budget, options, true)) {
            return overHttp(new HttpPages(https, https.get("/")));
        } catch (ProbeException e) {
            return Outcome.failed(Access.NOT_IDENTIFIED, "tls", why + "; over TLS: " + e.getMessage(), List.of());
        }
    }

    private Outcome overHttp(HttpPages pages) {
        for (HttpServiceCheck check : catalog.httpChecks()) {
            Identification id;
            try {
                id = check.identify(pages);
            } catch (ProbeException e) {
                if (e.isConnectFailure() || pages.session().budget().expired()) {
                    return Outcome.failed(e.access(), pages.protocol(), e.getMessage(), List.of());
                }
                continue;
            }
            if (id == null) {
                continue;
            }
            BlastRadiusReport report = new BlastRadiusReport();
            if (id.isOpen()) {
                try {
                    check.survey(pages, id, report);
                } catch (ProbeException | RuntimeException e) {
                    report.incomplete(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                }
            }
            return Outcome.identified(check.service(), id, report);
        }
        HttpReply root = pages.root();
        return Outcome.failed(Access.NOT_IDENTIFIED, pages.protocol(), "HTTP " + root.status() + " from " + root.server()
                + "; not a service Ward knows (" + pages.session().requests() + " requests)",
                List.of(pages.evidence("HTTP GET /", "GET", "/", root)));
    }

    static Asset asset(Endpoint endpoint, ServiceCheck check, Identification id) {
        Asset asset = Asset.of(AssetKind.SERVICE, endpoint.uri(check.id()))
                .with("product", check.product())
                .with("service", check.id())
                .with("protocol", id.protocol())
                .with("port", String.valueOf(endpoint.port()));
        if (!endpoint.host().equals(endpoint.address().getHostAddress()) && !endpoint.host().startsWith("[")) {
            asset = asset.with("hostname", endpoint.host());
        }
        if (!id.version().isEmpty()) {
            asset = asset.with("version", id.version());
        }
        for (var e : id.attributes().entrySet()) {
            asset = asset.with(e.getKey(), e.getValue());
        }
        return asset;
    }
}
