package dev.ward.surface.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * STAND-IN for mongod, which has no Debian package: a loopback server speaking MongoDB's real wire protocol. It
 * answers OP_MSG (opcode 2013) commands with BSON documents shaped as mongod 7.0 replies them (hello, buildInfo,
 * listDatabases, listCollections, find; error code 13 "Unauthorized" when access control is on), following the
 * MongoDB Wire Protocol and command reference pages, and answers plain HTTP on the driver port with mongod's own
 * sentence. Its BSON is encoded here, independently of Ward's reader.
 */
public final class MongoStandIn implements AutoCloseable {

    private static final int OP_MSG = 2013;
    private static final String HTTP_SENTENCE = "It looks like you are trying to access MongoDB over HTTP on the native driver port.\n";

    private final ServerSocket server;
    private final boolean requireAuth;
    private final String plantedDocument;

    /** {@code plantedDocument} is the text of the one message stored in {@code chat.messages}. */
    public MongoStandIn(boolean requireAuth, String plantedDocument) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.requireAuth = requireAuth;
        this.plantedDocument = plantedDocument;
        Thread.ofVirtual().start(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream raw = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            DataInputStream in = new DataInputStream(raw);
            while (true) {
                byte[] head = in.readNBytes(4);
                if (head.length < 4) {
                    return;
                }
                if (new String(head, StandardCharsets.US_ASCII).startsWith("GET ")) {
                    byte[] body = HTTP_SENTENCE.getBytes(StandardCharsets.US_ASCII);
                    out.write(("HTTP/1.0 200 OK\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: "
                            + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    return;
                }
                int length = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt();
                if (length < 21 || length > 1 << 20) {
                    return; // mongod closes the connection on an impossible message length
                }
                ByteBuffer msg = ByteBuffer.wrap(in.readNBytes(length - 4)).order(ByteOrder.LITTLE_ENDIAN);
                int requestId = msg.getInt();
                msg.getInt();
                if (msg.getInt() != OP_MSG) {
                    return;
                }
                msg.getInt();
                msg.get();
                Command command = Command.read(msg);
                out.write(reply(requestId, answer(command)));
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // a client that hangs up or sends garbage just ends its connection, as with mongod
        }
    }

    private Map<String, Object> answer(Command command) {
        Map<String, Object> doc = new LinkedHashMap<>();
        switch (command.name()) {
            case "hello", "isMaster", "ismaster" -> {
                doc.put("isWritablePrimary", true);
                doc.put("maxBsonObjectSize", 16777216);
                doc.put("maxWireVersion", 21);
                doc.put("minWireVersion", 0);
                doc.put("ok", 1.0);
            }
            case "buildInfo", "buildinfo" -> {
                doc.put("version", "7.0.12");
                doc.put("gitVersion", "b6513ce0781db6818e24619e8a461eae90bc94fc");
                doc.put("ok", 1.0);
            }
            default -> {
                if (requireAuth) {
                    doc.put("ok", 0.0);
                    doc.put("errmsg", "command " + command.name() + " requires authentication");
                    doc.put("code", 13);
                    doc.put("codeName", "Unauthorized");
                    return doc;
                }
                fill(command, doc);
            }
        }
        return doc;
    }

    private void fill(Command command, Map<String, Object> doc) {
        switch (command.name()) {
            case "listDatabases" -> {
                doc.put("databases", List.of(database("admin", 40960L), database("chat", 73728L), database("local", 73728L)));
                doc.put("totalSize", 188416L);
                doc.put("ok", 1.0);
            }
            case "listCollections" -> doc.putAll(cursor(command.database() + ".$cmd.listCollections",
                    List.of(Map.of("name", "messages", "type", "collection"))));
            case "find" -> {
                Map<String, Object> message = new LinkedHashMap<>();
                message.put("_id", 1);
                message.put("role", "user");
                message.put("content", plantedDocument);
                doc.putAll(cursor(command.database() + "." + command.argument(), List.of(message)));
            }
            default -> {
                doc.put("ok", 0.0);
                doc.put("errmsg", "no such command: '" + command.name() + "'");
                doc.put("code", 59);
                doc.put("codeName", "CommandNotFound");
            }
        }
    }

    private static Map<String, Object> database(String name, long size) {
        Map<String, Object> db = new LinkedHashMap<>();
        db.put("name", name);
        db.put("sizeOnDisk", size);
        db.put("empty", false);
        return db;
    }

    private static Map<String, Object> cursor(String ns, List<?> batch) {
        Map<String, Object> cursor = new LinkedHashMap<>();
        cursor.put("id", 0L);
        cursor.put("ns", ns);
        cursor.put("firstBatch", batch);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("cursor", cursor);
        doc.put("ok", 1.0);
        return doc;
    }

    private static byte[] reply(int responseTo, Map<String, Object> document) {
        byte[] body = BsonEncoding.document(document);
        ByteBuffer out = ByteBuffer.allocate(21 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(21 + body.length).putInt(responseTo + 1000).putInt(responseTo).putInt(OP_MSG).putInt(0).put((byte) 0).put(body);
        return out.array();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing a loopback test server
        }
    }

    /** The first element of a command document (its name and string argument) and its {@code $db}. */
    private record Command(String name, String argument, String database) {
        static Command read(ByteBuffer doc) {
            int end = doc.position() + doc.getInt();
            String name = null;
            String argument = "";
            String database = "admin";
            while (doc.position() < end - 1) {
                byte type = doc.get();
                String key = cstring(doc);
                String text = "";
                switch (type) {
                    case 0x02 -> {
                        byte[] s = new byte[doc.getInt()];
                        doc.get(s);
                        text = new String(s, 0, s.length - 1, StandardCharsets.UTF_8);
                    }
                    case 0x01, 0x12 -> doc.position(doc.position() + 8);
                    case 0x10 -> doc.position(doc.position() + 4);
                    case 0x08 -> doc.get();
                    case 0x03, 0x04 -> doc.position(doc.position() + doc.getInt(doc.position()));
                    default -> throw new IllegalArgumentException("BSON type " + type + " not expected in a command");
                }
                if (name == null) {
                    name = key;
                    argument = text;
                } else if (key.equals("$db")) {
                    database = text;
                }
            }
            return new Command(name, argument, database);
        }

        private static String cstring(ByteBuffer doc) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte b = doc.get(); b != 0; b = doc.get()) {
                out.write(b);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
