package dev.ward.surface.service;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports for tests. */
final class ServiceScanPorts {

    private ServiceScanPorts() {
    }

    /** A loopback port that was free a moment ago, so a connection is refused. */
    static int closed() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
