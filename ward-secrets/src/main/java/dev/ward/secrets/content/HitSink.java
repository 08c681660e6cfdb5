package dev.ward.secrets.content;

/** Receives what content scanning finds and what it had to skip. Called from many threads at once. */
public interface HitSink {

    void hit(SecretHit hit);

    /** Content that could not be scanned, or only in part, with a reason a person can act on. */
    void problem(Origin origin, String reason);

    /** Content skipped on purpose (binary, too large, excluded); only counted. */
    void skipped(SkipReason reason);

    /** Content of this many bytes was scanned. */
    default void scanned(long bytes) {
    }

    enum SkipReason {
        BINARY("binary"),
        TOO_LARGE("larger than --max-file-size"),
        INVALID_UTF8("with invalid UTF-8 (scanned with replacement characters)"),
        EXCLUDED("excluded by --exclude");

        private final String description;

        SkipReason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
