package dev.ward.posture.workload;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The AI services Ward recognises by container image, and how each turns authentication on. Most ship with none:
 * Ollama, Triton, Ray and MLflow answer anyone who reaches the port.
 *
 * @param product       what people call it
 * @param category      model server, vector store, notebook, dashboard or database
 * @param imageWords    image-name fragments that identify it (matched against the repository part of the image)
 * @param authenticated true when this workload's settings turn authentication on
 * @param enableAuth    the setting to add, for the finding message
 */
public record AiService(String product, Category category, List<String> imageWords, Predicate<Workload> authenticated,
                        String enableAuth) {

    public enum Category {
        MODEL_SERVER("model server"), VECTOR_STORE("vector store"), NOTEBOOK("notebook"), DASHBOARD("ML dashboard"),
        DATABASE("database"), LLM_GATEWAY("LLM gateway");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Notebooks and dashboards run arbitrary code for whoever reaches them. */
        public boolean runsCode() {
            return this == NOTEBOOK || this == DASHBOARD;
        }
    }

    /** The catalogue entry for an image such as {@code ollama/ollama:0.3.12} or {@code docker.io/qdrant/qdrant}. */
    public static Optional<AiService> forImage(String image) {
        if (image == null || image.isBlank()) {
            return Optional.empty();
        }
        String repository = image.toLowerCase(Locale.ROOT).replaceAll("[:@][^/]*$", "");
        return AiServiceCatalog.ALL.stream()
                .filter(s -> s.imageWords().stream().anyMatch(w -> matches(repository, w)))
                .findFirst();
    }

    private static boolean matches(String repository, String word) {
        for (String part : repository.split("/")) {
            if (part.equals(word) || part.startsWith(word + "-") || part.endsWith("-" + word) || part.contains("-" + word + "-")) {
                return true;
            }
        }
        return false;
    }
}
