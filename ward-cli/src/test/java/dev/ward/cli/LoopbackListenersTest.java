package dev.ward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopbackListenersTest {

    @Test
    void readsListeningSocketsThatLoopbackReaches(@TempDir Path procNet) throws IOException {
        Files.writeString(procNet.resolve("tcp"), """
                  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
                   0: 00000000:1FBB 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0 100 0 0 10 0
                   1: 0100007F:2328 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 2 1 0 100 0 0 10 0
                   2: 0100007F:2328 0100007F:D431 01 00000000:00000000 00:00000000 00000000     0        0 3 1 0 100 0 0 10 0
                   3: 0500000A:0050 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4 1 0 100 0 0 10 0
                """);
        Files.writeString(procNet.resolve("tcp6"), """
                  sl  local_address                         remote_address                        st
                   0: 00000000000000000000000001000000:0CEA 00000000000000000000000000000000:0000 0A
                   1: 00000000000000000000000000000000:0016 00000000000000000000000000000000:0000 0A
                """);
        assertThat(LoopbackListeners.targets(procNet))
                .containsExactlyInAnyOrder("127.0.0.1:8123", "127.0.0.1:9000", "[::1]:3306", "127.0.0.1:22");
    }

    @Test
    void missingTablesGiveNoTargets(@TempDir Path empty) {
        assertThat(LoopbackListeners.targets(empty)).isEmpty();
    }

    @Test
    void mappedIpv4LoopbackIsReachable() {
        assertThat(LoopbackListeners.target("0000000000000000FFFF00000100007F", 8123, true)).isEqualTo("127.0.0.1:8123");
        assertThat(LoopbackListeners.target("0000000000000000FFFF00000500000A", 8123, true)).isNull();
    }
}
