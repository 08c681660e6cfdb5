package dev.ward.core;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Something Ward found and can say things about.
 *
 * @param kind       what sort of asset it is
 * @param address    a URI that identifies it, for example {@code clickhouse://127.0.0.1:8123} or {@code file:///srv/app/.env}
 * @param attributes facts learned about it: product, version, region, timezone, display name and so on
 */
public record Asset(AssetKind kind, String address, Map<String, String> attributes) {

    public Asset {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
    }

    public static Asset of(AssetKind kind, String address) {
        return new Asset(kind, address, Map.of());
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    /** This asset with the other's attributes added; the other's value wins where both have one. */
    public Asset merge(Asset other) {
        Map<String, String> next = new TreeMap<>(attributes);
        next.putAll(other.attributes);
        return new Asset(kind, address, next);
    }

    /** A copy with one more attribute; a null value leaves the asset unchanged. */
    public Asset with(String name, String value) {
        if (value == null) {
            return this;
        }
        Map<String, String> next = new TreeMap<>(attributes);
        next.put(name, value);
        return new Asset(kind, address, next);
    }
}
