package dev.ward.redteam.target;

import java.util.Locale;

/** The wire protocols Ward speaks, named as on the command line. */
public enum Provider {
    OPENAI("OPENAI_API_KEY"),
    AZURE("AZURE_OPENAI_API_KEY"),
    ANTHROPIC("ANTHROPIC_API_KEY"),
    VERTEX("GOOGLE_API_KEY"),
    OLLAMA(null),
    BEDROCK(null),
    HTTP(null);

    private final String defaultKeyEnv;

    Provider(String defaultKeyEnv) {
        this.defaultKeyEnv = defaultKeyEnv;
    }

    /** The environment variable read for the key when the user names none. */
    public String defaultKeyEnv() {
        return defaultKeyEnv;
    }

    public static Provider parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace("GEMINI", "VERTEX"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown provider '" + name + "'; expected openai, azure, anthropic, vertex, ollama, bedrock or http");
        }
    }
}
