package dev.ward.posture.workload;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.Violation;
import java.util.List;

/** GPU containers rarely need {@code privileged}; the device plugin or {@code gpus:} hands over the GPU without root on the node. */
public final class PrivilegedGpuCheck extends WorkloadCheck {

    public PrivilegedGpuCheck() {
        super(new CheckInfo("container.privileged-gpu", "GPU workload runs privileged", Severity.HIGH,
                List.of(LLM03_SUPPLY_CHAIN, CWE_EXCESS_PRIVILEGE, CWE_MISSING_ISOLATION, NIST_SECURITY),
                "Remove privileged: true; request the GPU with resources.limits nvidia.com/gpu (Kubernetes) or "
                        + "deploy.resources.reservations.devices / gpus (compose)."));
    }

    @Override
    protected List<Violation> inspect(Workload workload) {
        if (!workload.requestsGpu() || workload.privileged().isEmpty()) {
            return List.of();
        }
        return List.of(new Violation(workload.asset(), workload.privileged().get(), workload.name()
                + " requests a GPU and runs privileged: model code gets root on the node", "privileged"));
    }
}
