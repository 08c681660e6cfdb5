package dev.ward.surface.service;

import dev.ward.core.Access;
import dev.ward.core.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a check learned when it recognised its service on an endpoint: open or asking for credentials, with the
 * exchanges that show it. A check that does not recognise the endpoint returns null instead.
 *
 * @param access     OPEN or AUTH_REQUIRED
 * @param protocol   {@code http}, {@code https}, {@code resp}, {@code native} …
 * @param version    the product version when the server said it, else empty
 * @param detail     one line for a person
 * @param evidence   the identifying exchanges, redacted
 * @param attributes facts for the asset: {@code banner}, {@code displayName}, {@code loginPage}, {@code debug} …
 */
public record Identification(Access access, String protocol, String version, String detail, List<Evidence> evidence,
                             Map<String, String> attributes) {

    public Identification {
        if (access != Access.OPEN && access != Access.AUTH_REQUIRED) {
            throw new IllegalArgumentException("an identified service is OPEN or AUTH_REQUIRED, not " + access);
        }
        version = version == null ? "" : version;
        detail = detail == null ? "" : detail;
        evidence = List.copyOf(evidence);
        attributes = Map.copyOf(attributes);
    }

    public static Identification open(String protocol, String detail) {
        return new Identification(Access.OPEN, protocol, "", detail, List.of(), Map.of());
    }

    public static Identification authRequired(String protocol, String detail) {
        return new Identification(Access.AUTH_REQUIRED, protocol, "", detail, List.of(), Map.of());
    }

    public static Identification of(boolean open, String protocol, String detail) {
        return open ? open(protocol, detail) : authRequired(protocol, detail);
    }

    public boolean isOpen() {
        return access == Access.OPEN;
    }

    public Identification version(String value) {
        return new Identification(access, protocol, value, detail, evidence, attributes);
    }

    public Identification detail(String value) {
        return new Identification(access, protocol, version, value, evidence, attributes);
    }

    public Identification protocol(String value) {
        return new Identification(access, value, version, detail, evidence, attributes);
    }

    public Identification evidence(Evidence... more) {
        List<Evidence> all = new ArrayList<>(evidence);
        all.addAll(List.of(more));
        return new Identification(access, protocol, version, detail, all, attributes);
    }

    public Identification evidence(List<Evidence> more) {
        return evidence(more.toArray(Evidence[]::new));
    }

    /** One more asset attribute; a null or blank value is ignored. */
    public Identification with(String name, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Map<String, String> next = new LinkedHashMap<>(attributes);
        next.put(name, value);
        return new Identification(access, protocol, version, detail, evidence, next);
    }
}
