package dev.ward.posture.workload;

import dev.ward.core.CheckInfo;
import dev.ward.posture.PostureCheck;
import dev.ward.posture.Violation;
import java.util.List;

/** A check on each container of a compose file or a set of Kubernetes manifests. */
public abstract class WorkloadCheck implements PostureCheck<WorkloadSet> {

    private final CheckInfo info;

    protected WorkloadCheck(CheckInfo info) {
        this.info = info;
    }

    protected abstract List<Violation> inspect(Workload workload);

    @Override
    public final CheckInfo info() {
        return info;
    }

    @Override
    public final Class<WorkloadSet> documentType() {
        return WorkloadSet.class;
    }

    @Override
    public final List<Violation> inspect(WorkloadSet set) {
        return set.workloads().stream().flatMap(w -> inspect(w).stream()).toList();
    }
}
