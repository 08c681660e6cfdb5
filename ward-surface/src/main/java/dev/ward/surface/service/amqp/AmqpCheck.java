package dev.ward.surface.service.amqp;

import dev.ward.core.Evidence;
import dev.ward.core.Severity;
import dev.ward.surface.net.Connection;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.net.WireInput;
import dev.ward.surface.service.BlastRadiusReport;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.ServiceCheck;
import dev.ward.surface.service.WireContext;
import dev.ward.surface.service.WireServiceCheck;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An AMQP 0-9-1 broker (RabbitMQ) by its Connection.Start: the broker answers Ward's protocol header with a method
 * frame whose server-properties table names the product and version. AMQP always logs in with SASL, so the port is a
 * login surface; Ward does not try passwords, and notes RabbitMQ's default account instead.
 */
public final class AmqpCheck extends ServiceCheck implements WireServiceCheck {

    private static final byte[] PROTOCOL_HEADER = {'A', 'M', 'Q', 'P', 0, 0, 9, 1};
    private static final int MAX_FRAME = 64 * 1024;

    public AmqpCheck() {
        super("amqp", "AMQP broker", Severity.HIGH, """
                Remove or lock the guest account, use long random passwords per application, enable TLS, and expose \
                port 5672 only to the applications that publish and consume.""");
    }

    @Override
    public boolean recognises(byte[] first) {
        return first.length >= 4 && new String(first, 0, 4, StandardCharsets.ISO_8859_1).equals("AMQP");
    }

    @Override
    public boolean inBurst() {
        return false;
    }

    @Override
    public Identification probe(WireContext context, BlastRadiusReport report) throws ProbeException {
        try (Connection c = context.connect()) {
            c.write(PROTOCOL_HEADER);
            WireInput in = new WireInput(c);
            int type = in.uint8();
            in.bytes(2);
            int size = in.int32be();
            if (type != 1 || size < 4 || size > MAX_FRAME) {
                return null;
            }
            ByteBuffer frame = ByteBuffer.wrap(in.bytes(size));
            if (frame.getShort() != 10 || frame.getShort() != 10) {
                return null;
            }
            int major = frame.get();
            int minor = frame.get();
            Map<String, String> properties = table(frame);
            String product = properties.getOrDefault("product", "AMQP " + major + "-" + minor + " broker");
            String version = properties.getOrDefault("version", "");
            Identification id = Identification.authRequired("amqp", product + " " + version
                    + " speaks AMQP " + major + "-" + minor + " and asks for a SASL login")
                    .version(version)
                    .evidence(Evidence.of("AMQP Connection.Start", "AMQP protocol header 0-9-1",
                            "product " + product + ", version " + version + ", platform " + properties.getOrDefault("platform", "")))
                    .with("banner", product + " " + version);
            return product.equals("RabbitMQ")
                    ? id.with("loginPage", "SASL PLAIN; RabbitMQ ships the account guest/guest (loopback only since 3.3)")
                    : id;
        }
    }

    /** An AMQP field table, keeping the string values. */
    static Map<String, String> table(ByteBuffer in) throws ProbeException {
        Map<String, String> out = new LinkedHashMap<>();
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw ProbeException.unidentified("bad AMQP field table");
        }
        int end = in.position() + length;
        while (in.position() < end) {
            String key = shortString(in);
            char type = (char) in.get();
            switch (type) {
                case 'S' -> {
                    int n = in.getInt();
                    byte[] b = new byte[n];
                    in.get(b);
                    out.put(key, new String(b, StandardCharsets.UTF_8));
                }
                case 'F' -> table(in);
                case 't', 'b', 'B' -> in.get();
                case 's', 'u' -> in.getShort();
                case 'I', 'i', 'f' -> in.getInt();
                case 'l', 'd', 'T' -> in.getLong();
                case 'V' -> { }
                default -> {
                    in.position(end);
                    return out;
                }
            }
        }
        return out;
    }

    private static String shortString(ByteBuffer in) {
        int n = in.get() & 0xff;
        byte[] b = new byte[n];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
