package dev.ward.posture.workload;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.Violation;
import java.util.List;
import java.util.Optional;

/**
 * A model server, vector store, notebook, ML dashboard or database, with its own authentication off, reachable from
 * outside: a compose port on all interfaces, a LoadBalancer/NodePort Service, or an Ingress with no auth annotation.
 */
public final class AiServiceExposedCheck extends WorkloadCheck {

    public AiServiceExposedCheck() {
        super(new CheckInfo("container.ai-service-exposed", "AI service exposed without authentication", Severity.HIGH,
                List.of(LLM02_DISCLOSURE, LLM10_CONSUMPTION, LLM08_VECTORS, ATLAS_PUBLIC_APP, ATLAS_COST_HARVESTING,
                        CWE_MISSING_AUTH, NIST_SECURITY),
                "Bind the port to 127.0.0.1 (compose: \"127.0.0.1:11434:11434\") or use a ClusterIP Service; if it must be "
                        + "reachable, turn on the product's authentication or add an auth annotation (for example "
                        + "nginx.ingress.kubernetes.io/auth-url) in front of it."));
    }

    @Override
    protected List<Violation> inspect(Workload workload) {
        Optional<AiService> service = AiService.forImage(workload.image());
        if (service.isEmpty() || service.get().authenticated().test(workload)) {
            return List.of();
        }
        AiService product = service.get();
        Severity severity = product.category().runsCode() ? Severity.CRITICAL : null;
        return workload.exposures().stream()
                .filter(e -> !e.authAnnotated())
                .map(e -> new Violation(workload.asset(), e.location(), product.product() + " (" + product.category().label()
                        + ") " + workload.name() + " is reachable through " + e.description()
                        + " with no authentication; " + product.enableAuth(), e.description(), severity))
                .toList();
    }
}
