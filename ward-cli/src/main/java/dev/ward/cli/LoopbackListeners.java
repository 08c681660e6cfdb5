package dev.ward.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The TCP ports this machine listens on that loopback can reach, read from the kernel's socket tables
 * ({@code /proc/net/tcp} and {@code /proc/net/tcp6}), so {@code ward scan} needs no port sweep.
 */
final class LoopbackListeners {

    private static final String LISTEN = "0A";

    private LoopbackListeners() {
    }

    /** Targets such as {@code 127.0.0.1:8123} or {@code [::1]:9000}; empty when the tables cannot be read. */
    static List<String> targets(Path procNet) {
        Set<String> targets = new TreeSet<>();
        readTable(procNet.resolve("tcp"), false, targets);
        readTable(procNet.resolve("tcp6"), true, targets);
        return List.copyOf(targets);
    }

    private static void readTable(Path table, boolean v6, Set<String> out) {
        List<String> lines;
        try {
            lines = Files.readAllLines(table);
        } catch (IOException e) {
            return;
        }
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length < 4 || !cols[3].equals(LISTEN)) {
                continue;
            }
            String[] local = cols[1].split(":");
            if (local.length != 2) {
                continue;
            }
            String target = target(local[0], Integer.parseInt(local[1], 16), v6);
            if (target != null) {
                out.add(target);
            }
        }
    }

    /** The loopback address that reaches a socket bound to {@code hexAddress}, or null when loopback cannot. */
    static String target(String hexAddress, int port, boolean v6) {
        if (!v6) {
            // /proc prints IPv4 addresses as one little-endian 32-bit word.
            int first = Integer.parseInt(hexAddress.substring(6, 8), 16);
            boolean any = hexAddress.equals("00000000");
            return any || first == 127 ? (any ? "127.0.0.1" : ipv4(hexAddress)) + ":" + port : null;
        }
        if (hexAddress.equals("00000000000000000000000000000000")) {
            return "127.0.0.1:" + port;
        }
        if (hexAddress.equals("00000000000000000000000001000000")) {
            return "[::1]:" + port;
        }
        if (hexAddress.startsWith("0000000000000000FFFF0000")) {
            String v4 = hexAddress.substring(24);
            return Integer.parseInt(v4.substring(6, 8), 16) == 127 || v4.equals("00000000")
                    ? (v4.equals("00000000") ? "127.0.0.1" : ipv4(v4)) + ":" + port : null;
        }
        return null;
    }

    private static String ipv4(String littleEndianHex) {
        return Integer.parseInt(littleEndianHex.substring(6, 8), 16) + "."
                + Integer.parseInt(littleEndianHex.substring(4, 6), 16) + "."
                + Integer.parseInt(littleEndianHex.substring(2, 4), 16) + "."
                + Integer.parseInt(littleEndianHex.substring(0, 2), 16);
    }
}
