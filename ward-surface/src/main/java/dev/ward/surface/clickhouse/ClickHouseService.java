package dev.ward.surface.clickhouse;

import dev.ward.core.Asset;
import dev.ward.core.Finding;
import dev.ward.surface.Endpoint;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.net.HttpReply;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.BlastRadiusReport;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.HttpServiceCheck;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.ServiceCheck;
import dev.ward.surface.service.WireContext;
import dev.ward.surface.service.WireServiceCheck;

/**
 * ClickHouse in the service framework, over the foundation's probes: its HTTP interface is recognised from GET /
 * ({@code Ok.} or an {@code X-ClickHouse-*} header), its native port from the HTTP error it sends to HTTP clients or
 * from a native Hello in the burst. The survey and the finding are the foundation's own.
 */
public final class ClickHouseService extends ServiceCheck implements HttpServiceCheck, WireServiceCheck {

    private static final String NATIVE_PORT_MARKER = "is for clickhouse-client program";

    private final ClickHouseHttpProbe http;
    private final ClickHouseNativeProbe nativeProbe;
    private final ClickHouseSurvey survey;

    /** The identity and measurement of an open server, kept for its finding. */
    record Measured(ClickHouseIdentity identity, BlastRadius radius) {
    }

    public ClickHouseService(SurfaceOptions options) {
        super(ClickHouseEndpointProbe.SERVICE, "ClickHouse", ClickHouseUnauthenticatedCheck.INFO);
        this.http = new ClickHouseHttpProbe(options);
        this.nativeProbe = new ClickHouseNativeProbe(options);
        this.survey = new ClickHouseSurvey(options);
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        HttpReply root = pages.root();
        Endpoint endpoint = pages.endpoint();
        if (root.bodyText().contains(NATIVE_PORT_MARKER)) {
            ProbeResult result = nativeProbe.probe(endpoint, pages.session().budget());
            try (ClickHouseSession ignored = result.session()) {
                return identification(result.identity());
            }
        }
        boolean looksLikeClickHouse = root.bodyText().strip().equals("Ok.")
                || root.headers().keySet().stream().anyMatch(h -> h.startsWith("x-clickhouse-"));
        if (!looksLikeClickHouse || pages.protocol().equals("https")) {
            return null;
        }
        ProbeResult result = http.probe(endpoint, pages.session().budget());
        try (ClickHouseSession ignored = result.session()) {
            return identification(result.identity());
        }
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        ProbeResult result = id.protocol().equals("native")
                ? nativeProbe.probe(pages.endpoint(), pages.session().budget())
                : http.probe(pages.endpoint(), pages.session().budget());
        measure(result, pages.session().budget(), report);
    }

    @Override
    public Identification probe(WireContext context, BlastRadiusReport report) throws ProbeException {
        ProbeResult result = nativeProbe.probe(context.endpoint(), context.budget());
        Identification id = identification(result.identity());
        if (id != null && id.isOpen()) {
            measure(result, context.budget(), report);
        } else if (result.session() != null) {
            result.session().close();
        }
        return id;
    }

    private void measure(ProbeResult result, dev.ward.core.TimeBudget budget, BlastRadiusReport report) {
        try (ClickHouseSession session = result.session()) {
            if (session == null) {
                return;
            }
            BlastRadius radius = survey.survey(session, result.identity(), budget);
            report.measured(new Measured(result.identity().withDetails(radius.version(), radius.timezone(),
                    radius.displayName()), radius));
        }
    }

    private static Identification identification(ClickHouseIdentity identity) {
        if (!identity.isClickHouse()) {
            return null;
        }
        return new Identification(identity.access(), identity.protocol(), identity.version(), identity.detail(),
                identity.evidence(), java.util.Map.of())
                .with("timezone", identity.timezone())
                .with("displayName", identity.displayName());
    }

    @Override
    protected Finding openFinding(Asset asset, Endpoint endpoint, Identification id, BlastRadiusReport report) {
        Measured measured = report.measured(Measured.class);
        if (measured == null) {
            return super.openFinding(asset, endpoint, id, report);
        }
        Asset measuredAsset = asset.with("version", blank(measured.identity().version()))
                .with("timezone", blank(measured.identity().timezone()))
                .with("displayName", blank(measured.identity().displayName()));
        return ClickHouseFindings.unauthenticated(measuredAsset, measured.identity(), measured.radius());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
