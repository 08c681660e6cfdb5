package dev.ward.surface.targets;

import dev.ward.surface.Endpoint;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every endpoint of a scan, addressed by index and never all held in memory: a /16 times 1,000 ports is 65 million
 * endpoints but only a few address ranges and port arrays. Address ranges that share a port list are merged, so an
 * endpoint named twice (a host inside a block also given) is scanned once.
 */
public final class TargetSpace {

    /** The most endpoints {@link #toList()} materialises. */
    public static final int MAX_LISTED = 1 << 22;

    private final List<Segment> segments;
    private final long[] starts;
    private final long size;

    private TargetSpace(List<Segment> segments) {
        this.segments = List.copyOf(segments);
        this.starts = new long[segments.size()];
        long total = 0;
        for (int i = 0; i < segments.size(); i++) {
            starts[i] = total;
            total = Math.addExact(total, segments.get(i).size());
        }
        this.size = total;
    }

    public static TargetSpace of(List<Endpoint> endpoints) {
        Builder builder = builder();
        endpoints.forEach(builder::add);
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public long size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The endpoint at {@code index}, in the canonical order: segment by segment, host-major, port-minor. */
    public Endpoint get(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        int at = Arrays.binarySearch(starts, index);
        int segment = at >= 0 ? at : -at - 2;
        // Empty segments never exist, so the first segment starting at this index is the one that holds it.
        return segments.get(segment).get(index - starts[segment]);
    }

    /** Every endpoint in canonical order; for small spaces only. */
    public List<Endpoint> toList() {
        if (size > MAX_LISTED) {
            throw new IllegalStateException(size + " endpoints are too many to list; iterate by index");
        }
        List<Endpoint> out = new ArrayList<>((int) size);
        for (long i = 0; i < size; i++) {
            out.add(get(i));
        }
        return out;
    }

    /** A digest of what is in this space and in which order: two runs over the same targets agree on it. */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Segment segment : segments) {
                sha.update(segment.describe().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return size + " endpoints in " + segments.size() + " segment(s)";
    }

    private sealed interface Segment permits AddressRange, NamedHost, EndpointList {
        long size();

        Endpoint get(long index);

        String describe();
    }

    /** Consecutive addresses, each with every port of one list; hosts are named by their address literal. */
    private record AddressRange(BigInteger first, long addresses, int byteLength, int[] ports) implements Segment {

        @Override
        public long size() {
            return Math.multiplyExact(addresses, ports.length);
        }

        @Override
        public Endpoint get(long index) {
            InetAddress address = address(first.add(BigInteger.valueOf(index / ports.length)), byteLength);
            return new Endpoint(address.getHostAddress(), address, ports[(int) (index % ports.length)]);
        }

        @Override
        public String describe() {
            return "range " + first.toString(16) + "/" + byteLength + "+" + addresses + " ports " + Arrays.toString(ports);
        }
    }

    /** A host name with every address it resolved to, each with every port of one list. */
    private record NamedHost(String name, List<InetAddress> addresses, int[] ports) implements Segment {

        @Override
        public long size() {
            return (long) addresses.size() * ports.length;
        }

        @Override
        public Endpoint get(long index) {
            return new Endpoint(name, addresses.get((int) (index / ports.length)), ports[(int) (index % ports.length)]);
        }

        @Override
        public String describe() {
            return "host " + name + " " + addresses.stream().map(InetAddress::getHostAddress).toList() + " ports " + Arrays.toString(ports);
        }
    }

    /** Endpoints given one by one, such as imported discovery results that name a host. */
    private record EndpointList(List<Endpoint> endpoints) implements Segment {

        @Override
        public long size() {
            return endpoints.size();
        }

        @Override
        public Endpoint get(long index) {
            return endpoints.get((int) index);
        }

        @Override
        public String describe() {
            StringBuilder out = new StringBuilder("list");
            endpoints.forEach(e -> out.append(' ').append(e.host()).append('@').append(e.authority()));
            return out.toString();
        }
    }

    static InetAddress address(BigInteger number, int byteLength) {
        byte[] raw = number.toByteArray();
        byte[] bytes = new byte[byteLength];
        int copy = Math.min(raw.length, byteLength);
        System.arraycopy(raw, raw.length - copy, bytes, byteLength - copy, copy);
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Collects address ranges and single endpoints, then merges overlapping ranges that share a port list. */
    public static final class Builder {

        private record RangeKey(int byteLength, List<Integer> ports) {
        }

        private final Map<RangeKey, List<BigInteger[]>> ranges = new LinkedHashMap<>();
        private record HostKey(String name, List<InetAddress> addresses, List<Integer> ports) {
        }

        private final Set<HostKey> hosts = new LinkedHashSet<>();
        private final Set<Endpoint> singles = new LinkedHashSet<>();

        private Builder() {
        }

        /** {@code count} consecutive addresses from {@code first}, each with every port in {@code ports}. */
        public Builder addRange(InetAddress first, long count, List<Integer> ports) {
            if (count < 1 || ports.isEmpty()) {
                return this;
            }
            BigInteger start = new BigInteger(1, first.getAddress());
            ranges.computeIfAbsent(new RangeKey(first.getAddress().length, List.copyOf(ports)), k -> new ArrayList<>())
                    .add(new BigInteger[] {start, start.add(BigInteger.valueOf(count))});
            return this;
        }

        /** A host name with the addresses it resolved to, each with every port in {@code ports}. */
        public Builder addHost(String name, List<InetAddress> addresses, List<Integer> ports) {
            if (!addresses.isEmpty() && !ports.isEmpty()) {
                hosts.add(new HostKey(name, List.copyOf(new LinkedHashSet<>(addresses)), List.copyOf(ports)));
            }
            return this;
        }

        /** One endpoint; one named by its address literal joins the ranges, one named by a host name stays as given. */
        public Builder add(Endpoint endpoint) {
            if (endpoint.host().equals(endpoint.address().getHostAddress())) {
                return addRange(endpoint.address(), 1, List.of(endpoint.port()));
            }
            singles.add(endpoint);
            return this;
        }

        public TargetSpace build() {
            List<Segment> segments = new ArrayList<>();
            ranges.forEach((key, intervals) -> {
                int[] ports = key.ports().stream().mapToInt(Integer::intValue).toArray();
                for (BigInteger[] merged : merge(intervals)) {
                    segments.add(new AddressRange(merged[0], merged[1].subtract(merged[0]).longValueExact(), key.byteLength(), ports));
                }
            });
            for (HostKey host : hosts) {
                segments.add(new NamedHost(host.name(), host.addresses(), host.ports().stream().mapToInt(Integer::intValue).toArray()));
            }
            if (!singles.isEmpty()) {
                segments.add(new EndpointList(List.copyOf(singles)));
            }
            return new TargetSpace(segments);
        }

        private static List<BigInteger[]> merge(List<BigInteger[]> intervals) {
            List<BigInteger[]> sorted = new ArrayList<>(intervals);
            sorted.sort((a, b) -> a[0].compareTo(b[0]));
            List<BigInteger[]> out = new ArrayList<>();
            for (BigInteger[] next : sorted) {
                BigInteger[] last = out.isEmpty() ? null : out.getLast();
                if (last != null && next[0].compareTo(last[1]) <= 0) {
                    last[1] = last[1].max(next[1]);
                } else {
                    out.add(new BigInteger[] {next[0], next[1]});
                }
            }
            return out;
        }
    }
}
