package dev.ward.posture.terraform;

import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.Location;
import dev.ward.posture.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code resource} block with its attributes as the HCL parser evaluated them. Literal values and variables with
 * literal defaults are resolved; an unresolved expression (a reference to another resource, a function call) is kept
 * as present-but-unknown, and checks treat it as set.
 */
public record TerraformResource(String type, String name, Map<String, Object> body, SourceFile file, int blockStart,
                                TerraformSourceIndex index) {

    public String address() {
        return type + "." + name;
    }

    public Asset asset() {
        return new Asset(AssetKind.CLOUD_RESOURCE, "terraform://" + file.uri() + "#" + address(),
                Map.of("resource_type", type, "provider", type.substring(0, Math.max(0, type.indexOf('_')))));
    }

    /** Where the attribute is written, or the resource block when it is absent. */
    public Location location(String dottedPath) {
        return file.location(index.lineOf(blockStart, dottedPath));
    }

    public Location location() {
        return file.location(file.lineOf(Math.max(0, blockStart)));
    }

    /** True when the attribute or nested block is written, whatever its value. */
    public boolean has(String dottedPath) {
        return lookup(dottedPath).present();
    }

    /** The value, if written and resolved to something other than null. */
    public Optional<Object> value(String dottedPath) {
        return Optional.ofNullable(lookup(dottedPath).value());
    }

    public Optional<String> string(String dottedPath) {
        return value(dottedPath).filter(v -> !(v instanceof Map) && !(v instanceof List)).map(TerraformResource::text);
    }

    /** A boolean setting; strings "true"/"false" count, anything unresolved is empty. */
    public Optional<Boolean> bool(String dottedPath) {
        return string(dottedPath).flatMap(s -> switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        });
    }

    /** Set to a non-empty value, or to an expression Ward could not resolve. */
    public boolean isSet(String dottedPath) {
        Lookup found = lookup(dottedPath);
        if (!found.present()) {
            return false;
        }
        Object v = found.value();
        return v == null || !(v instanceof String s && s.isBlank()) && !(v instanceof List<?> l && l.isEmpty());
    }

    /** Every element of a list attribute or of a repeated nested block, as a list. */
    public List<Object> list(String dottedPath) {
        return value(dottedPath).map(v -> v instanceof List<?> l ? List.<Object>copyOf(l.stream().filter(java.util.Objects::nonNull).toList())
                : List.of(v)).orElse(List.of());
    }

    private Lookup lookup(String dottedPath) {
        Object current = body;
        String[] parts = dottedPath.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            if (current instanceof List<?> list) {
                current = list.isEmpty() ? null : list.getFirst();
            }
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(parts[i])) {
                return new Lookup(false, null);
            }
            current = map.get(parts[i]);
            if (current == null && i < parts.length - 1) {
                return new Lookup(false, null);
            }
        }
        return new Lookup(true, current);
    }

    static String text(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }

    private record Lookup(boolean present, Object value) {
    }
}
