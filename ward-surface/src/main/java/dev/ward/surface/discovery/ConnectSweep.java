package dev.ward.surface.discovery;

import dev.ward.surface.Endpoint;
import dev.ward.surface.scale.Checkpoint;
import dev.ward.surface.scale.ConnectionRate;
import dev.ward.surface.scale.EndpointDispatcher;
import dev.ward.surface.scale.ScanSummary;
import dev.ward.surface.targets.ScanOrder;
import java.time.Duration;
import java.util.Objects;

/**
 * TCP connects to every endpoint of a scan order, many thousands in flight at once, held without a thread each:
 * non-blocking {@link java.nio.channels.SocketChannel} connects registered with a {@link java.nio.channels.Selector}
 * per event loop (the calling thread, plus one more per processor when no per-host limit applies), deadlines in a
 * list sorted by construction, and a pool of at most {@code concurrency} reusable per-endpoint records. Memory
 * therefore follows the channels in flight (under a kilobyte each), not threads and their stacks.
 *
 * <p>It keeps the scan engine's rules: the order's seeded positions, its shard, the global connection rate (shared
 * with any other user of the same {@link ConnectionRate}), a per-host limit, retries of connects that timed out (a
 * refusal is an answer), a checkpoint that records an endpoint only when its result is final, progress about a
 * thousand times a run, and a clean stop when the calling thread is interrupted: no new endpoint starts, work in
 * flight ends and is recorded, the checkpoint is saved and the interrupt flag is set again.
 */
public final class ConnectSweep {

    /** Told the final state of each endpoint's connect, on one of the sweep's threads (any of them); it must not block. */
    @FunctionalInterface
    public interface Verdicts {
        /**
         * Returns true when the endpoint is finished with its connect state. Returns false when the caller goes on
         * with it (for example probes an open port on a thread of its own) and will later call
         * {@link Handoff#finished()} or {@link Handoff#abandoned()}, once, from any thread; until then the endpoint
         * keeps its place in the concurrency and per-host limits. A runtime exception counts as abandoned.
         */
        boolean settled(Endpoint endpoint, PortState state, Handoff handoff);
    }

    /** An endpoint whose connect is settled and which a caller has taken over. */
    public interface Handoff {
        /** The endpoint is done: recorded in the checkpoint and counted in progress. */
        void finished();

        /** The work stopped before it ended: the endpoint is not recorded and a resumed run visits it again. */
        void abandoned();
    }

    static final int MAX_LOOPS = 4;
    static final int CONNECTS_PER_LOOP = 256;

    private final Duration timeout;
    private final int retries;
    private final ConnectionRate rate;
    private final int concurrency;
    private final int perHost;
    private final Duration saveInterval;

    /**
     * @param timeout      how long one connect may wait for the handshake
     * @param retries      further tries for a connect that timed out
     * @param rate         the pace of new connections
     * @param concurrency  endpoints in flight at once (connecting, waiting for a host's turn, or handed off)
     * @param perHost      endpoints of one address in flight at once; 0 means no limit beyond {@code concurrency}
     * @param saveInterval how often the checkpoint is written
     */
    public ConnectSweep(Duration timeout, int retries, ConnectionRate rate, int concurrency, int perHost, Duration saveInterval) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, got " + concurrency);
        }
        if (retries < 0 || perHost < 0) {
            throw new IllegalArgumentException("retries and per-host limit must be >= 0");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("connect timeout must be positive, got " + timeout);
        }
        this.timeout = timeout;
        this.retries = retries;
        this.rate = Objects.requireNonNull(rate, "rate");
        this.concurrency = concurrency;
        this.perHost = perHost;
        this.saveInterval = Objects.requireNonNull(saveInterval, "saveInterval");
    }

    /** Connects to every endpoint of {@code order} that {@code checkpoint} does not list as done. */
    public ScanSummary run(ScanOrder order, Checkpoint checkpoint, Verdicts verdicts, EndpointDispatcher.ProgressSink progress) {
        return new SweepRun(this, order, checkpoint, verdicts, progress).run();
    }

    Duration timeout() {
        return timeout;
    }

    int retries() {
        return retries;
    }

    ConnectionRate rate() {
        return rate;
    }

    int concurrency() {
        return concurrency;
    }

    int perHost() {
        return perHost;
    }

    Duration saveInterval() {
        return saveInterval;
    }

    /**
     * Event loops (threads with a selector each): one per processor, up to {@value #MAX_LOOPS}, and at least
     * {@value #CONNECTS_PER_LOOP} connects in flight each. A per-host limit is kept by a single loop.
     */
    int loops() {
        if (perHost > 0) {
            return 1;
        }
        int processors = Runtime.getRuntime().availableProcessors();
        return Math.max(1, Math.min(Math.min(processors, MAX_LOOPS), concurrency / CONNECTS_PER_LOOP));
    }
}
