package dev.ward.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One problem Ward found, in the form every capability produces and every output consumes.
 *
 * @param ruleId      the check that raised it
 * @param title       one line naming the problem
 * @param severity    how bad it is here
 * @param asset       what it was found on
 * @param message     what exactly was found, for example what a database exposes; redacted
 * @param evidence    requests and responses that prove it, redacted
 * @param remediation how to fix it
 * @param controls    framework controls it maps to
 * @param location    where it is, for SARIF
 * @param properties  facts that outputs may show, such as counts
 * @param fingerprint stable across scans: the same problem on the same asset has the same fingerprint
 */
public record Finding(String ruleId, String title, Severity severity, Asset asset, String message,
                      List<Evidence> evidence, String remediation, List<Control> controls, Location location,
                      Map<String, String> properties, String fingerprint) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(asset, "asset");
        message = Redactor.standard().scrub(message == null ? "" : message);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        remediation = remediation == null ? "" : remediation;
        controls = List.copyOf(controls == null ? List.of() : controls);
        location = location == null ? Location.of(asset.address()) : location;
        properties = Map.copyOf(properties == null ? Map.of() : properties);
        fingerprint = fingerprint == null ? Fingerprint.of(ruleId, asset.address()) : fingerprint;
    }

    /** A builder that starts from a check's metadata. */
    public static Builder of(CheckInfo check, Asset asset) {
        return new Builder(check, asset);
    }

    public static final class Builder {
        private final CheckInfo check;
        private final Asset asset;
        private Severity severity;
        private String message = "";
        private final List<Evidence> evidence = new ArrayList<>();
        private Location location;
        private final Map<String, String> properties = new TreeMap<>();
        private String discriminator = "";

        private Builder(CheckInfo check, Asset asset) {
            this.check = Objects.requireNonNull(check, "check");
            this.asset = Objects.requireNonNull(asset, "asset");
            this.severity = check.severity();
        }

        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        public Builder message(String value) {
            this.message = value;
            return this;
        }

        public Builder evidence(Evidence value) {
            this.evidence.add(value);
            return this;
        }

        public Builder evidence(List<Evidence> values) {
            this.evidence.addAll(values);
            return this;
        }

        public Builder location(Location value) {
            this.location = value;
            return this;
        }

        public Builder property(String name, Object value) {
            if (value != null) {
                this.properties.put(name, String.valueOf(value));
            }
            return this;
        }

        /** Tells apart two findings of the same check on the same asset, such as two secrets in one file. */
        public Builder discriminator(String value) {
            this.discriminator = value == null ? "" : value;
            return this;
        }

        public Finding build() {
            return new Finding(check.id(), check.title(), severity, asset, message, evidence, check.remediation(),
                    check.controls(), location, properties, Fingerprint.of(check.id(), asset.address(), discriminator));
        }
    }
}
