package dev.ward.surface.service.http;

import dev.ward.core.Severity;
import dev.ward.surface.net.HttpReply;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.Json;

/**
 * RabbitMQ management plugin: {@code GET /api/overview} answers 401 with
 * {@code WWW-Authenticate: Basic realm="RabbitMQ Management"} (or the overview with {@code rabbitmq_version} when a
 * session is somehow open). Ward tries no passwords and notes the default guest account.
 */
final class RabbitMqManagementCheck extends HttpProduct {

    RabbitMqManagementCheck() {
        super("rabbitmq", "RabbitMQ management", Severity.HIGH, """
                Delete the guest user or keep loopback_users = guest, use strong per-user passwords, and expose the \
                management UI (15672) only on a private network.""");
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        HttpReply overview = pages.get("/api/overview");
        if (overview == null) {
            return null;
        }
        String realm = String.valueOf(overview.header("www-authenticate"));
        String version = Json.text(Json.object(overview), "rabbitmq_version");
        if (ok(overview) && !version.isEmpty()) {
            return Identification.open(pages.protocol(), "RabbitMQ " + version + " management API answers without a login")
                    .version(version).evidence(pages.evidence("RabbitMQ overview", "/api/overview"));
        }
        if (overview.status() != 401 || !realm.contains("RabbitMQ Management")) {
            return null;
        }
        return Identification.authRequired(pages.protocol(), "RabbitMQ management API asks for a login")
                .evidence(pages.evidence("RabbitMQ overview refused", "/api/overview"))
                .with("loginPage", "management UI at /; RabbitMQ ships guest/guest (loopback only by default)");
    }
}
