package dev.ward.surface.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.surface.net.HttpReply;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.BlastRadiusReport;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * etcd: {@code GET /version} answers {@code etcdserver} and {@code etcdcluster}. Access is read through the v3
 * HTTP/JSON gateway ({@code POST /v3/kv/range}, a read: count only, then 5 keys from the start of the keyspace) and
 * through v2 ({@code GET /v2/keys/}) where enabled. With auth on, the gateway answers "user name is empty".
 */
final class EtcdCheck extends HttpProduct {

    static final CheckInfo KEY_WRITE = remoteCodeExecution("etcd.key-write",
            "etcd accepts writes from anyone (on Kubernetes: cluster takeover)",
            "Enable client certificate authentication (--client-cert-auth, --trusted-ca-file) and/or etcd RBAC "
                    + "(etcdctl auth enable), listen on private addresses only and firewall 2379/2380.");
    private static final String ALL_KEYS = "\"key\":\"AA==\",\"range_end\":\"AA==\"";

    EtcdCheck() {
        super("etcd", "etcd", Severity.HIGH, """
                Require client certificates (--client-cert-auth) or enable etcd authentication, bind \
                --listen-client-urls to private addresses, and firewall 2379/2380. Rotate secrets stored in keys.""");
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(KEY_WRITE);
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        JsonNode v = pages.json("/version");
        if (!Json.has(v, "etcdserver", "etcdcluster")) {
            return null;
        }
        String version = Json.text(v, "etcdserver");
        HttpReply count = pages.postReadOnlyQuery("/v3/kv/range", "{" + ALL_KEYS + ",\"count_only\":true}");
        boolean v3Open = ok(count) && Json.object(count) != null && Json.object(count).has("header");
        boolean v2Open = ok(pages.get("/v2/keys/"));
        boolean open = v3Open || v2Open;
        return Identification.of(open, pages.protocol(), "etcd " + version + (open ? " serves keys without authentication ("
                        + (v3Open ? "v3 gateway" : "") + (v3Open && v2Open ? ", " : "") + (v2Open ? "v2 API" : "") + ")"
                        : " asks for authentication")).version(version)
                .evidence(pages.evidence("etcd version", "/version"),
                        pages.evidence("etcd v3 count", "POST", "/v3/kv/range (count_only)", count))
                .with("displayName", v2Open ? "v2+v3" : "v3");
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        JsonNode count = Json.object(pages.postReadOnlyQuery("/v3/kv/range", "{" + ALL_KEYS + ",\"count_only\":true}"));
        report.fact(Json.text(count, "count").isEmpty() ? "0 keys" : Json.text(count, "count") + " keys");
        String query = "{" + ALL_KEYS + ",\"limit\":5}";
        JsonNode range = Json.object(pages.postReadOnlyQuery("/v3/kv/range", query));
        List<String> texts = new ArrayList<>();
        for (JsonNode kv : Json.array(range, "kvs")) {
            texts.add(decode(Json.text(kv, "key")) + "=" + decode(Json.text(kv, "value")));
        }
        if (!texts.isEmpty()) {
            report.scanSample("etcd sample of " + texts.size() + " keys", "POST /v3/kv/range " + query, texts);
        }
        report.capability(KEY_WRITE, "POST /v3/kv/put on " + pages.endpoint().authority() + " would change any key "
                + "(not exercised)", pages.evidence("etcd version", "/version"));
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
