package dev.ward.surface.service;

import dev.ward.surface.net.HttpReply;

/** Signs that a port wants TLS: a TLS record in answer to plain text, or an HTTP 400 saying so. */
final class TlsSigns {

    private TlsSigns() {
    }

    /** A TLS alert (21) or handshake (22) record header with a 3.x version. */
    static boolean tlsRecord(byte[] first) {
        return first.length >= 3 && (first[0] == 0x15 || first[0] == 0x16) && first[1] == 0x03 && (first[2] & 0xff) <= 0x04;
    }

    /** Go's "Client sent an HTTP request to an HTTPS server." and nginx's "The plain HTTP request was sent to HTTPS port". */
    static boolean plainRequestRejected(HttpReply reply) {
        if (reply.status() != 400) {
            return false;
        }
        String body = reply.bodyText();
        return body.startsWith("Client sent an HTTP request to an HTTPS server")
                || body.contains("The plain HTTP request was sent to HTTPS port");
    }
}
