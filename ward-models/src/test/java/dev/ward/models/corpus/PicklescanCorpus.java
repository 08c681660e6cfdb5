package dev.ward.models.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ward.core.Finding;
import dev.ward.core.Severity;
import dev.ward.models.ModelChecks;
import dev.ward.models.ModelScanner;
import dev.ward.models.RecordingListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs Ward over picklescan's fixtures and compares with picklescan's recorded expectations ({@code expected.jsonl}).
 * A file counts as flagged when Ward raises a finding of high severity or above; a benign file must not get any
 * finding of medium or above. An expected dangerous global matches when Ward names the same module and name in a
 * dangerous-global finding; picklescan's {@code unknown} placeholders match Ward's obfuscated-import findings.
 */
public final class PicklescanCorpus {

    public record Outcome(String file, boolean expectMalicious, boolean flagged, boolean benignNoise,
                          List<String> expectedDangerous, List<String> missingDangerous, List<String> wardGlobals,
                          String findings) {
        public boolean agrees() {
            return expectMalicious == flagged && !(!expectMalicious && benignNoise) && missingDangerous.isEmpty();
        }
    }

    private PicklescanCorpus() {
    }

    public static List<Outcome> run(Path root) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ModelScanner scanner = new ModelScanner();
        List<Outcome> outcomes = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("expected.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            String file = row.get("file").asText();
            RecordingListener listener = new RecordingListener();
            scanner.scanFile(root.resolve(file), true, listener);
            List<String> expected = new ArrayList<>();
            for (JsonNode g : row.get("globals")) {
                if (g.get("safety").asText().equals("dangerous")) {
                    expected.add(g.get("module").asText() + ":" + g.get("name").asText());
                }
            }
            Set<String> ward = new LinkedHashSet<>();
            boolean obfuscated = false;
            for (Finding f : listener.findings()) {
                if (f.ruleId().equals(ModelChecks.PICKLE_DANGEROUS_GLOBAL.id())) {
                    ward.add(f.properties().get("module") + ":" + f.properties().get("name"));
                }
                obfuscated |= f.ruleId().equals(ModelChecks.PICKLE_OBFUSCATED_IMPORT.id());
            }
            final boolean anyObfuscated = obfuscated;
            List<String> missing = expected.stream()
                    .filter(g -> !ward.contains(g) && !(g.contains("unknown") && anyObfuscated)).toList();
            outcomes.add(new Outcome(file, row.get("expect").asText().equals("malicious"),
                    listener.flagged(Severity.HIGH), listener.flagged(Severity.MEDIUM), expected, missing,
                    List.copyOf(ward), listener.summary()));
        }
        return outcomes;
    }
}
