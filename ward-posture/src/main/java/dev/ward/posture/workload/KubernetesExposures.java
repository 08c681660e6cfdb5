package dev.ward.posture.workload;

import dev.ward.posture.source.YamlNode;
import dev.ward.posture.workload.KubernetesReader.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which workloads a LoadBalancer or NodePort Service, or an Ingress, makes reachable from outside the cluster. */
final class KubernetesExposures {

    private static final List<String> AUTH_ANNOTATION_WORDS = List.of("auth", "middlewares", "konghq.com/plugins", "oauth");

    private final List<Manifest> services;
    private final List<Manifest> ingresses;

    KubernetesExposures(List<Manifest> manifests) {
        this.services = manifests.stream().filter(m -> m.kind().equals("Service")).toList();
        this.ingresses = manifests.stream().filter(m -> m.kind().equals("Ingress")).toList();
    }

    List<Workload.Exposure> of(Manifest workload) {
        Map<String, YamlNode> labels = podLabels(workload);
        List<Workload.Exposure> found = new ArrayList<>();
        for (Manifest service : services) {
            if (!service.namespace().equals(workload.namespace()) || !selects(service, labels)) {
                continue;
            }
            String type = service.root().text("spec.type").orElse("ClusterIP");
            if (type.equals("LoadBalancer") || type.equals("NodePort")) {
                found.add(new Workload.Exposure("Service " + service.name() + " of type " + type,
                        service.at(service.root().at("spec.type").orElse(service.root())), false));
            }
            for (Manifest ingress : ingresses) {
                Optional<YamlNode> backend = backendFor(ingress, service.name());
                if (ingress.namespace().equals(service.namespace()) && backend.isPresent()) {
                    boolean auth = ingress.root().entries("metadata.annotations").keySet().stream()
                            .anyMatch(k -> AUTH_ANNOTATION_WORDS.stream().anyMatch(k::contains));
                    found.add(new Workload.Exposure("Ingress " + ingress.name() + " to Service " + service.name(),
                            ingress.at(backend.get()), auth));
                }
            }
        }
        return found;
    }

    private static Map<String, YamlNode> podLabels(Manifest workload) {
        return workload.kind().equals("Pod") ? workload.root().entries("metadata.labels")
                : workload.root().entries(workload.kind().equals("CronJob") ? "spec.jobTemplate.spec.template.metadata.labels"
                : "spec.template.metadata.labels");
    }

    private static boolean selects(Manifest service, Map<String, YamlNode> labels) {
        Map<String, YamlNode> selector = service.root().entries("spec.selector");
        return !selector.isEmpty() && selector.entrySet().stream().allMatch(e -> labels.containsKey(e.getKey())
                && labels.get(e.getKey()).scalar().equals(e.getValue().scalar()));
    }

    /** The backend node of the Ingress that routes to the named Service, if any. */
    private static Optional<YamlNode> backendFor(Manifest ingress, String serviceName) {
        List<YamlNode> backends = new ArrayList<>();
        ingress.root().at("spec.defaultBackend").ifPresent(backends::add);
        ingress.root().at("spec.backend").ifPresent(backends::add);
        for (YamlNode rule : ingress.root().items("spec.rules")) {
            for (YamlNode path : rule.items("http.paths")) {
                path.at("backend").ifPresent(backends::add);
            }
        }
        return backends.stream().filter(b -> b.text("service.name").or(() -> b.text("serviceName")).orElse("").equals(serviceName))
                .findFirst().map(b -> b.at("service.name").or(() -> b.at("serviceName")).orElse(b));
    }
}
