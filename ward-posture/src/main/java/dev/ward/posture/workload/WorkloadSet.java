package dev.ward.posture.workload;

import dev.ward.posture.PostureDocument;
import java.nio.file.Path;
import java.util.List;

/** The containers declared by one compose file or one directory of Kubernetes manifests. */
public record WorkloadSet(List<Workload> workloads, List<Path> sources) implements PostureDocument {

    public WorkloadSet {
        workloads = List.copyOf(workloads);
        sources = List.copyOf(sources);
    }
}
