package dev.ward.posture.workload;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.Violation;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A model cache (Hugging Face, Ollama, vLLM, Torch) mounted from the host: every pod on the node shares, and can
 * overwrite, the weights the others load.
 */
public final class ModelCacheHostPathCheck extends WorkloadCheck {

    private static final Pattern MODEL_CACHE = Pattern.compile(
            ".*(huggingface|/\\.cache|\\.ollama|ollama|/models?(/|$)|torch|vllm|transformers|hf_home|/weights).*");

    public ModelCacheHostPathCheck() {
        super(new CheckInfo("container.model-cache-hostpath", "Model cache mounted from the host", Severity.MEDIUM,
                List.of(LLM03_SUPPLY_CHAIN, LLM04_POISONING, ATLAS_ARTIFACT_COLLECTION, CWE_MISSING_ISOLATION, NIST_SECURITY),
                "Use a PersistentVolumeClaim (or a named volume in compose) per model store, mounted readOnly: true where "
                        + "the server only reads, and verify model digests on download."));
    }

    @Override
    protected List<Violation> inspect(Workload workload) {
        return workload.hostMounts().stream()
                .filter(m -> MODEL_CACHE.matcher(m.hostPath().toLowerCase(Locale.ROOT)).matches()
                        || MODEL_CACHE.matcher(m.mountPath().toLowerCase(Locale.ROOT)).matches())
                .map(m -> {
                    Violation v = new Violation(workload.asset(), m.location(), workload.name() + " mounts host path "
                            + m.hostPath() + " at " + m.mountPath() + (m.readOnly() ? " read-only" : " writable"), m.hostPath());
                    return m.readOnly() ? v.withSeverity(Severity.LOW) : v;
                })
                .toList();
    }
}
