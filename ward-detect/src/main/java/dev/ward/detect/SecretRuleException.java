package dev.ward.detect;

/** A secret-rules file that cannot be used, with a message that names the file, the rule and the problem. */
public final class SecretRuleException extends RuntimeException {

    public SecretRuleException(String message) {
        super(message);
    }
}
