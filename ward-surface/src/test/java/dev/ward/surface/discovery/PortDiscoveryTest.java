package dev.ward.surface.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.surface.Endpoint;
import dev.ward.surface.PortList;
import dev.ward.surface.TargetParser;
import dev.ward.surface.scale.Checkpoint;
import dev.ward.surface.scale.ScaleOptions;
import dev.ward.surface.scale.ScanSummary;
import dev.ward.surface.targets.ScanOrder;
import dev.ward.surface.targets.Shard;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A connect scan against real listeners on loopback addresses 127.0.0.1-127.0.0.7; nothing leaves this machine. */
class PortDiscoveryTest {

    private final List<ServerSocket> listeners = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (ServerSocket s : listeners) {
            s.close();
        }
    }

    private String listen(String address) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
        listeners.add(socket);
        return address + ":" + socket.getLocalPort();
    }

    @Test
    void findsExactlyTheListeningEndpointsAcrossLoopbackAddresses() throws Exception {
        Set<String> expected = new TreeSet<>(List.of(listen("127.0.0.1"), listen("127.0.0.3"), listen("127.0.0.3"), listen("127.0.0.6")));
        Set<Integer> ports = new TreeSet<>();
        expected.forEach(a -> ports.add(Integer.parseInt(a.substring(a.indexOf(':') + 1))));
        // Also ports just released, so the sweep meets refusals on every address.
        for (int i = 0; i < 3; i++) {
            try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                ports.add(gone.getLocalPort());
            }
        }
        String portSpec = String.join(",", ports.stream().map(String::valueOf).toList());
        ScanOrder order = ScanOrder.shuffled(TargetParser.space(List.of("127.0.0.0/29"), PortList.parse(portSpec)), 11, Shard.WHOLE);

        Set<String> found = new ConcurrentSkipListSet<>();
        PortDiscovery discovery = new PortDiscovery(Duration.ofSeconds(1), 64, ScaleOptions.defaults().withRetries(0));
        ScanSummary summary = discovery.discover(order, Checkpoint.NONE, e -> found.add(e.authority()), (e, d, t) -> { });

        assertThat(summary.completed()).isEqualTo(8L * ports.size());
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void connectCheckTellsOpenFromClosed() throws Exception {
        String open = listen("127.0.0.1");
        ConnectCheck check = new ConnectCheck(Duration.ofSeconds(1), 0, dev.ward.surface.scale.ConnectionRate.unlimited());
        Endpoint openEndpoint = TargetParser.parse(List.of(open), PortList.parse("1")).getFirst();
        assertThat(check.check(openEndpoint)).isEqualTo(PortState.OPEN);
        int closedPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = gone.getLocalPort();
        }
        Endpoint closed = TargetParser.parse(List.of("127.0.0.1:" + closedPort), PortList.parse("1")).getFirst();
        assertThat(check.check(closed)).isEqualTo(PortState.CLOSED);
    }
}
