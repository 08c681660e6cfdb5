package dev.ward.redteam.target;

import dev.ward.core.Redactor;
import java.util.Map;
import java.util.Objects;

/** A credential read from the environment. Its {@code toString} is masked so it cannot reach a log by accident. */
public final class ApiKey {

    private final String envName;
    private final String value;

    private ApiKey(String envName, String value) {
        this.envName = envName;
        this.value = value;
    }

    /** The key in the named environment variable, or null when it is unset or blank. */
    public static ApiKey fromEnv(Map<String, String> env, String envName) {
        Objects.requireNonNull(envName, "envName");
        String value = env.get(envName);
        return value == null || value.isBlank() ? null : new ApiKey(envName, value.trim());
    }

    public String envName() {
        return envName;
    }

    /** The raw value, for an HTTP header only. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "$" + envName + "=" + Redactor.mask(value);
    }
}
