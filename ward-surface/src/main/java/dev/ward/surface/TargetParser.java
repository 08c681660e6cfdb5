package dev.ward.surface;

import dev.ward.surface.targets.TargetFiles;
import dev.ward.surface.targets.TargetSpace;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns what a user types (host names, IPv4 and IPv6 addresses, CIDR blocks, {@code host:port}, {@code @FILE}) into endpoints.
 * Bad input fails with an {@link IllegalArgumentException} whose one-line message names the bad token.
 */
public final class TargetParser {

    /** The largest CIDR block accepted: a /16 in IPv4, a /112 in IPv6. */
    public static final int MAX_BLOCK_ADDRESSES = 65_536;
    static final Duration RESOLVE_TIMEOUT = Duration.ofSeconds(5);

    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");
    private static final Pattern DOTTED = Pattern.compile("[0-9.]+");

    private TargetParser() {
    }

    /** Every endpoint the targets name, in canonical order; for small target sets (see {@link TargetSpace#toList()}). */
    public static List<Endpoint> parse(List<String> targets, PortList ports) {
        return space(targets, ports).toList();
    }

    /**
     * The endpoints the targets name, without holding them all: CIDR blocks stay ranges. {@code @FILE} and {@code -}
     * (standard input) are replaced by the targets they hold (see {@link TargetFiles}).
     */
    public static TargetSpace space(List<String> targets, PortList ports) {
        return space(targets, ports, () -> System.in);
    }

    public static TargetSpace space(List<String> targets, PortList ports, Supplier<InputStream> stdin) {
        TargetSpace.Builder builder = TargetSpace.builder();
        addTo(builder, targets, ports, stdin);
        return builder.build();
    }

    /** Adds the targets' endpoints to a space being built, so targets can join imported endpoints. */
    public static void addTo(TargetSpace.Builder builder, List<String> targets, PortList ports, Supplier<InputStream> stdin) {
        if (targets == null || targets.isEmpty()) {
            throw new IllegalArgumentException("no targets given");
        }
        for (String raw : TargetFiles.expand(targets, stdin)) {
            String token = raw == null ? "" : raw.trim();
            if (token.isEmpty()) {
                throw new IllegalArgumentException("empty target");
            }
            parseOne(token, ports, builder);
        }
    }

    private static void parseOne(String token, PortList ports, TargetSpace.Builder out) {
        String hostPart = token;
        Integer explicitPort = null;
        if (token.startsWith("[")) {
            int close = token.indexOf(']');
            if (close < 0) {
                throw bad(token, "missing ']'");
            }
            hostPart = token.substring(1, close);
            String rest = token.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw bad(token, "expected ':port' after ']'");
                }
                explicitPort = port(rest.substring(1), token);
            }
            if (!hostPart.contains(":")) {
                throw bad(token, "brackets are only for IPv6 addresses");
            }
        } else if (token.indexOf(':') >= 0 && token.indexOf(':') == token.lastIndexOf(':')) {
            int colon = token.indexOf(':');
            hostPart = token.substring(0, colon);
            explicitPort = port(token.substring(colon + 1), token);
        }
        List<Integer> portsHere = explicitPort == null ? ports.ports() : List.of(explicitPort);
        if (hostPart.isEmpty()) {
            throw bad(token, "no host");
        }
        if (hostPart.contains("/")) {
            block(hostPart, token, portsHere, out);
            return;
        }
        if (hostPart.contains(":")) {
            InetAddress v6 = v6(hostPart, token);
            if (v6 instanceof Inet6Address scoped && scoped.getScopeId() != 0) {
                out.addHost("[" + hostPart + "]", List.of(v6), portsHere);
            } else {
                out.addRange(v6, 1, portsHere);
            }
        } else if (DOTTED.matcher(hostPart).matches()) {
            out.addRange(v4(hostPart, token), 1, portsHere);
        } else if (HOST_NAME.matcher(hostPart).matches()) {
            out.addHost(hostPart, resolve(hostPart, token), portsHere);
        } else {
            throw bad(token, "not a host name, IP address or CIDR block");
        }
    }

    private static void block(String cidr, String token, List<Integer> ports, TargetSpace.Builder out) {
        int slash = cidr.indexOf('/');
        String base = cidr.substring(0, slash);
        String prefixText = cidr.substring(slash + 1);
        InetAddress address = base.contains(":") ? v6(base, token) : v4(base, token);
        int bits = address instanceof Inet4Address ? 32 : 128;
        if (prefixText.isEmpty() || prefixText.length() > 3 || !prefixText.chars().allMatch(Character::isDigit)
                || Integer.parseInt(prefixText) > bits) {
            throw bad(token, "prefix length must be 0-" + bits);
        }
        int prefix = Integer.parseInt(prefixText);
        int hostBits = bits - prefix;
        if (hostBits > 16) {
            throw new IllegalArgumentException("'" + token + "' holds 2^" + hostBits + " addresses; the most one block may hold is "
                    + MAX_BLOCK_ADDRESSES + " (/" + (bits - 16) + "); split it into smaller blocks");
        }
        BigInteger start = new BigInteger(1, address.getAddress()).shiftRight(hostBits).shiftLeft(hostBits);
        out.addRange(fromNumber(start, bits / 8), 1L << hostBits, ports);
    }

    private static InetAddress fromNumber(BigInteger n, int length) {
        byte[] raw = n.toByteArray();
        byte[] bytes = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, bytes, length - copy, copy);
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InetAddress v4(String text, String token) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw bad(token, "not a valid IPv4 address");
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || Integer.parseInt(parts[i]) > 255) {
                throw bad(token, "not a valid IPv4 address");
            }
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw bad(token, "not a valid IPv4 address");
        }
    }

    private static InetAddress v6(String text, String token) {
        if (!text.matches("[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]+)?")) {
            throw bad(token, "not a valid IPv6 address");
        }
        try {
            // A literal containing ':' is parsed, never looked up.
            InetAddress a = InetAddress.getByName(text);
            if (!(a instanceof Inet6Address) && !text.startsWith("::ffff:")) {
                throw bad(token, "not a valid IPv6 address");
            }
            return a;
        } catch (UnknownHostException e) {
            throw bad(token, "not a valid IPv6 address");
        }
    }

    private static List<InetAddress> resolve(String host, String token) {
        ExecutorService resolver = Executors.newVirtualThreadPerTaskExecutor();
        try {
            Future<InetAddress[]> lookup = resolver.submit(() -> InetAddress.getAllByName(host));
            return List.of(lookup.get(RESOLVE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            throw new IllegalArgumentException("host '" + token + "' did not resolve within " + RESOLVE_TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IllegalArgumentException("host '" + token + "' does not resolve (unknown host)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("interrupted while resolving '" + token + "'");
        } finally {
            resolver.shutdownNow();
        }
    }

    private static int port(String text, String token) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
            throw bad(token, "port must be a number 1-65535");
        }
        int p = Integer.parseInt(text);
        if (p < 1 || p > 65_535) {
            throw bad(token, "port " + p + " is out of range 1-65535");
        }
        return p;
    }

    private static IllegalArgumentException bad(String token, String why) {
        return new IllegalArgumentException("bad target '" + token + "': " + why);
    }
}
