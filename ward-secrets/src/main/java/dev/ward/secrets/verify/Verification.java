package dev.ward.secrets.verify;

import java.util.Locale;
import java.util.Objects;

/**
 * What a provider said about a credential.
 *
 * @param state  verified (it works), invalid (the provider rejected it) or unknown (no clear answer)
 * @param detail one line, for example {@code "HTTP 200 from api.openai.com"}; never contains the credential
 */
public record Verification(State state, String detail) {

    public enum State {
        VERIFIED, INVALID, UNKNOWN;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Verification {
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
    }

    public static Verification verified(String detail) {
        return new Verification(State.VERIFIED, detail);
    }

    public static Verification invalid(String detail) {
        return new Verification(State.INVALID, detail);
    }

    public static Verification unknown(String detail) {
        return new Verification(State.UNKNOWN, detail);
    }
}
