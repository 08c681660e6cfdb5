package dev.ward.posture.clickhouse;

import dev.ward.posture.source.XmlElement;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One user of the effective ClickHouse config, with the facts the checks ask about. */
public record ClickHouseUser(String name, XmlElement element) {

    public enum PasswordState { EMPTY, PLAINTEXT, HASHED_OR_EXTERNAL }

    private static final Set<String> STRONG_AUTH = Set.of("password_sha256_hex", "password_double_sha1_hex",
            "password_bcrypt_hash", "ldap", "kerberos", "ssl_certificates", "ssh_keys", "http_authentication");
    private static final Set<String> ANY_HOST = Set.of("::/0", "0.0.0.0/0", "::", "0.0.0.0", "0/0", "::0/0");

    public PasswordState passwordState() {
        if (element.children().stream().anyMatch(c -> STRONG_AUTH.contains(c.name()))) {
            return PasswordState.HASHED_OR_EXTERNAL;
        }
        Optional<XmlElement> password = element.child("password");
        if (password.isEmpty()) {
            return PasswordState.EMPTY;
        }
        if (password.get().attribute("from_env") != null || password.get().attribute("from_zk") != null
                || password.get().attribute("incl") != null) {
            return PasswordState.HASHED_OR_EXTERNAL;
        }
        return password.get().text().isEmpty() ? PasswordState.EMPTY : PasswordState.PLAINTEXT;
    }

    /** The element that decides the password state, or the user itself when there is none. */
    public XmlElement passwordElement() {
        return element.child("password").or(() -> element.child("no_password")).orElse(element);
    }

    /**
     * True when any client address may log in: {@code <networks>} absent (the server then allows any host), or
     * listing {@code ::/0}, {@code 0.0.0.0/0} or a host pattern that matches everything.
     */
    public boolean acceptsAnyHost() {
        Optional<XmlElement> networks = element.child("networks");
        if (networks.isEmpty()) {
            return true;
        }
        return !openNetworkEntries().isEmpty();
    }

    /** The {@code <ip>}/{@code <host_regexp>} entries that open the user to every address. */
    public List<XmlElement> openNetworkEntries() {
        return element.child("networks").map(n -> n.children().stream().filter(ClickHouseUser::opensToAll).toList())
                .orElse(List.of());
    }

    /** Where to point at for the network finding: the open entry, else the user. */
    public XmlElement networksElement() {
        List<XmlElement> open = openNetworkEntries();
        return open.isEmpty() ? element.child("networks").orElse(element) : open.getFirst();
    }

    /** Only loopback clients may log in, so the user is not reachable over the network whatever the listen host. */
    public boolean loopbackOnly() {
        Optional<XmlElement> networks = element.child("networks");
        return networks.isPresent() && !networks.get().children().isEmpty()
                && networks.get().children().stream().allMatch(ClickHouseUser::isLoopbackEntry);
    }

    public boolean managesAccess() {
        return element.child("access_management").map(e -> isTrue(e.text())).orElse(false);
    }

    public Optional<XmlElement> accessManagement() {
        return element.child("access_management");
    }

    public String profileName() {
        return element.childText("profile").filter(s -> !s.isEmpty()).orElse("default");
    }

    public Optional<String> quotaName() {
        return element.childText("quota").filter(s -> !s.isEmpty());
    }

    private static boolean opensToAll(XmlElement entry) {
        String value = entry.text();
        return switch (entry.name()) {
            case "ip" -> ANY_HOST.contains(value);
            case "host_regexp" -> value.equals(".*") || value.equals("^.*$") || value.equals(".+");
            default -> false;
        };
    }

    private static boolean isLoopbackEntry(XmlElement entry) {
        String value = entry.text();
        return switch (entry.name()) {
            case "ip" -> value.equals("::1") || value.startsWith("127.") || value.equals("::1/128");
            case "host" -> value.equals("localhost");
            default -> false;
        };
    }

    static boolean isTrue(String text) {
        return text.equals("1") || text.equalsIgnoreCase("true");
    }
}
