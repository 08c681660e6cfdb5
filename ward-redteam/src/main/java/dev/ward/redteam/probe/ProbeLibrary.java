package dev.ward.redteam.probe;

import dev.ward.redteam.RiskCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Ward's own probes, written for this project, for the categories asked for. The seed fixes every canary. */
public final class ProbeLibrary {

    private ProbeLibrary() {
    }

    public static List<Probe> ward(long seed, Collection<RiskCategory> categories) {
        List<Probe> probes = new ArrayList<>();
        for (RiskCategory category : categories) {
            probes.addAll(switch (category) {
                case PROMPT_INJECTION -> InjectionProbes.build(seed);
                case JAILBREAK -> JailbreakProbes.build(seed);
                case SYSTEM_PROMPT_LEAKAGE -> LeakageProbes.systemPrompt(seed);
                case SENSITIVE_DATA_LEAKAGE -> LeakageProbes.sensitiveData(seed);
                case HALLUCINATION -> HallucinationProbes.build(seed);
                case CODE_SECURITY -> CodeSecurityProbes.build();
                case SENTIMENT_MANIPULATION -> SentimentProbes.build();
                case FALSE_REFUSAL -> FalseRefusalProbes.build();
            });
        }
        return probes;
    }
}
