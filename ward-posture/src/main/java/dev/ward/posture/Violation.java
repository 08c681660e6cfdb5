package dev.ward.posture;

import dev.ward.core.Asset;
import dev.ward.core.Location;
import dev.ward.core.Severity;
import java.util.Objects;

/**
 * What a check found before it becomes a {@link dev.ward.core.Finding}: the asset, where in which file, and what.
 *
 * @param discriminator tells apart two violations of one check on one asset, such as two users with empty passwords
 * @param severity      this violation's severity where it differs from the check's default with reason; else null
 */
public record Violation(Asset asset, Location location, String message, String discriminator, Severity severity) {

    public Violation {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(location, "location");
        message = message == null ? "" : message;
        discriminator = discriminator == null ? "" : discriminator;
    }

    public Violation(Asset asset, Location location, String message, String discriminator) {
        this(asset, location, message, discriminator, null);
    }

    public Violation withSeverity(Severity value) {
        return new Violation(asset, location, message, discriminator, value);
    }
}
