package dev.ward.surface.clickhouse;

import dev.ward.core.Access;
import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.Exposure;
import dev.ward.core.ScanListener;
import dev.ward.core.TimeBudget;
import dev.ward.surface.Endpoint;
import dev.ward.surface.EndpointProbe;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.net.ProbeException;
import java.util.List;

/**
 * Everything Ward does to one endpoint: ask it HTTP, fall back to the native protocol when it does not speak HTTP
 * (or says it is a native port), measure it when it is open, and emit exactly one exposure plus its asset and finding.
 */
public final class ClickHouseEndpointProbe implements EndpointProbe {

    public static final String SERVICE = "clickhouse";

    private final SurfaceOptions options;
    private final ClickHouseHttpProbe http;
    private final ClickHouseNativeProbe nativeProbe;
    private final ClickHouseSurvey survey;

    public ClickHouseEndpointProbe(SurfaceOptions options) {
        this.options = options;
        this.http = new ClickHouseHttpProbe(options);
        this.nativeProbe = new ClickHouseNativeProbe(options);
        this.survey = new ClickHouseSurvey(options);
    }

    @Override
    public String service() {
        return SERVICE;
    }

    @Override
    public void probe(Endpoint endpoint, ScanListener listener) {
        TimeBudget budget = TimeBudget.of(options.targetBudget());
        ProbeResult result = identify(endpoint, budget);
        ClickHouseIdentity identity = result.identity();
        try (ClickHouseSession session = result.session()) {
            Asset asset = asset(endpoint, identity);
            if (!identity.isClickHouse()) {
                listener.exposure(new Exposure(asset, SERVICE, identity.protocol(), identity.access(), identity.detail(), identity.evidence()));
                return;
            }
            if (identity.access() == Access.AUTH_REQUIRED) {
                listener.asset(asset);
                listener.exposure(new Exposure(asset, SERVICE, identity.protocol(), identity.access(), identity.detail(), identity.evidence()));
                listener.finding(ClickHouseFindings.authRequired(asset, identity));
                return;
            }
            BlastRadius radius = survey.survey(session, identity, budget);
            ClickHouseIdentity measured = identity.withDetails(radius.version(), radius.timezone(), radius.displayName());
            asset = asset(endpoint, measured);
            listener.asset(asset);
            String detail = "ClickHouse " + measured.version() + (measured.timezone().isEmpty() ? "" : " (" + measured.timezone() + ")")
                    + " open without a password over " + ClickHouseFindings.protocolName(identity.protocol()) + ": "
                    + ClickHouseFindings.count(radius.databases().size(), "database") + ", "
                    + ClickHouseFindings.count(radius.tables().size(), "table");
            listener.exposure(new Exposure(asset, SERVICE, identity.protocol(), Access.OPEN, detail, identity.evidence()));
            listener.finding(ClickHouseFindings.unauthenticated(asset, measured, radius));
        }
    }

    private ProbeResult identify(Endpoint endpoint, TimeBudget budget) {
        ProbeException httpFailure;
        try {
            ProbeResult viaHttp = http.probe(endpoint, budget);
            if (!viaHttp.speaksNative()) {
                return viaHttp;
            }
            try {
                return nativeProbe.probe(endpoint, budget);
            } catch (ProbeException e) {
                return failed(e.access() == Access.NOT_IDENTIFIED ? Access.NOT_IDENTIFIED : Access.UNREACHABLE, "native",
                        "ClickHouse native port (it said so over HTTP), but the native Hello failed: " + e.getMessage(), viaHttp);
            }
        } catch (ProbeException e) {
            if (e.isConnectFailure()) {
                return ProbeResult.of(ClickHouseIdentity.of(Access.UNREACHABLE, "", e.getMessage(), List.of()));
            }
            httpFailure = e;
        }
        try {
            return nativeProbe.probe(endpoint, budget);
        } catch (ProbeException nativeFailure) {
            boolean answered = httpFailure.access() == Access.NOT_IDENTIFIED || nativeFailure.access() == Access.NOT_IDENTIFIED;
            String detail = httpFailure.getMessage().equals(nativeFailure.getMessage())
                    ? httpFailure.getMessage()
                    : "HTTP: " + httpFailure.getMessage() + "; native: " + nativeFailure.getMessage();
            return ProbeResult.of(ClickHouseIdentity.of(answered ? Access.NOT_IDENTIFIED : Access.UNREACHABLE,
                    answered ? "tcp" : "", detail, List.of()));
        }
    }

    private static ProbeResult failed(Access access, String protocol, String detail, ProbeResult before) {
        return ProbeResult.of(ClickHouseIdentity.of(access, protocol, detail, before.identity().evidence()));
    }

    static Asset asset(Endpoint endpoint, ClickHouseIdentity identity) {
        if (!identity.isClickHouse()) {
            return Asset.of(AssetKind.SERVICE, endpoint.uri("tcp"));
        }
        Asset asset = Asset.of(AssetKind.SERVICE, endpoint.uri("clickhouse"))
                .with("product", "ClickHouse")
                .with("protocol", identity.protocol())
                .with("port", String.valueOf(endpoint.port()));
        if (!endpoint.host().equals(endpoint.address().getHostAddress()) && !endpoint.host().startsWith("[")) {
            asset = asset.with("hostname", endpoint.host());
        }
        return asset.with("version", blankToNull(identity.version()))
                .with("timezone", blankToNull(identity.timezone()))
                .with("displayName", blankToNull(identity.displayName()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
