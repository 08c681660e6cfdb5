package dev.ward.surface.net;

import dev.ward.core.TimeBudget;
import dev.ward.surface.Endpoint;
import dev.ward.surface.SurfaceOptions;
import java.nio.charset.StandardCharsets;

/**
 * Several HTTP requests to one endpoint over one kept-alive connection where the server allows it, under the same
 * limits as {@link BoundedHttpClient}. A connection the server closed between requests is reopened once.
 * Over TLS when asked, for servers that speak only HTTPS; the certificate is read, never trusted or verified.
 */
public final class HttpSession implements AutoCloseable {

    private final Endpoint endpoint;
    private final TimeBudget budget;
    private final SurfaceOptions options;
    private final boolean tls;
    private Connection connection;
    private HttpLineReader reader;
    private int requests;

    public HttpSession(Endpoint endpoint, TimeBudget budget, SurfaceOptions options, boolean tls) {
        this.endpoint = endpoint;
        this.budget = budget;
        this.options = options;
        this.tls = tls;
    }

    /** Sends this session's first request on a connection the caller already opened (to listen for a banner). */
    public HttpSession adopt(Connection opened) {
        close();
        this.connection = opened;
        this.reader = new HttpLineReader(opened);
        return this;
    }

    public boolean tls() {
        return tls;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public SurfaceOptions options() {
        return options;
    }

    public TimeBudget budget() {
        return budget;
    }

    /** How many requests this session has sent. */
    public int requests() {
        return requests;
    }

    public HttpReply get(String target) throws ProbeException {
        return exchange("GET", target, null, null);
    }

    /**
     * A POST to an endpoint that only reads, such as a search or a scroll that the product's API offers only as POST.
     * Callers pass read-only query bodies; nothing that creates, changes or deletes goes through here.
     */
    public HttpReply postReadOnlyQuery(String target, String json) throws ProbeException {
        return exchange("POST", target, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private HttpReply exchange(String method, String target, String contentType, byte[] body) throws ProbeException {
        boolean reused = connection != null;
        try {
            return once(method, target, contentType, body);
        } catch (NotHttpException e) {
            close();
            if (reused && e.firstBytes().length == 0) {
                return once(method, target, contentType, body);
            }
            throw e;
        } catch (ProbeException e) {
            close();
            throw e;
        }
    }

    private HttpReply once(String method, String target, String contentType, byte[] body) throws ProbeException {
        if (connection == null) {
            connection = Connection.open(endpoint, budget, options, tls);
            reader = new HttpLineReader(connection);
        }
        requests++;
        connection.write(BoundedHttpClient.request(method, target, endpoint, contentType, body, true));
        BoundedHttpClient.Read read = BoundedHttpClient.readReply(reader, options, method);
        if (!read.reusable()) {
            close();
        }
        return read.reply();
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
            connection = null;
            reader = null;
        }
    }
}
