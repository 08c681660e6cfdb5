package dev.ward.core;

import java.util.List;
import java.util.Objects;

/**
 * Everything about a check that does not change between findings, kept in one place.
 *
 * @param id          stable identifier, for example {@code clickhouse.unauthenticated}
 * @param title       one line that names the problem
 * @param severity    the default severity; a finding may raise or lower it with reason
 * @param controls    the framework controls it maps to
 * @param remediation how to fix it: the exact setting to change where there is one
 */
public record CheckInfo(String id, String title, Severity severity, List<Control> controls, String remediation) {

    public CheckInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        controls = List.copyOf(controls == null ? List.of() : controls);
        remediation = remediation == null ? "" : remediation;
    }
}
