package dev.ward.posture.workload;

import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.Location;
import dev.ward.posture.DocumentReader;
import dev.ward.posture.PostureDocument;
import dev.ward.posture.source.FileKind;
import dev.ward.posture.source.MalformedConfigException;
import dev.ward.posture.source.SafeYaml;
import dev.ward.posture.source.SourceFile;
import dev.ward.posture.source.UnparseableFile;
import dev.ward.posture.source.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the Kubernetes manifests of one directory (multi-document files and Helm output included) into workloads,
 * and works out which are reachable through a LoadBalancer/NodePort Service or an Ingress.
 */
public final class KubernetesReader implements DocumentReader {

    private static final Map<String, String> POD_SPEC = Map.of("Pod", "spec", "Deployment", "spec.template.spec",
            "StatefulSet", "spec.template.spec", "DaemonSet", "spec.template.spec", "ReplicaSet", "spec.template.spec",
            "ReplicationController", "spec.template.spec", "Job", "spec.template.spec",
            "CronJob", "spec.jobTemplate.spec.template.spec");

    /** A manifest object with the file it came from. */
    record Manifest(YamlNode root, SourceFile file) {
        String kind() {
            return root.text("kind").orElse("");
        }

        String name() {
            return root.text("metadata.name").orElse("");
        }

        String namespace() {
            return root.text("metadata.namespace").orElse("default");
        }

        Location at(YamlNode node) {
            return file.location(node.line());
        }
    }

    @Override
    public FileKind kind() {
        return FileKind.KUBERNETES_YAML;
    }

    @Override
    public Path groupKey(Path file) {
        return file.getParent() == null ? Path.of(".") : file.getParent();
    }

    @Override
    public List<PostureDocument> read(Path group, List<SourceFile> files) {
        List<PostureDocument> documents = new ArrayList<>();
        List<Manifest> manifests = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        for (SourceFile file : files) {
            try {
                for (YamlNode doc : SafeYaml.parseAll(file.text())) {
                    collect(doc, file, manifests);
                }
                sources.add(file.path());
            } catch (MalformedConfigException e) {
                documents.add(new UnparseableFile(file.path(), kind(), e.getMessage()));
            }
        }
        KubernetesExposures exposures = new KubernetesExposures(manifests);
        List<Workload> workloads = new ArrayList<>();
        for (Manifest manifest : manifests) {
            String specPath = POD_SPEC.get(manifest.kind());
            if (specPath != null) {
                manifest.root().at(specPath).ifPresent(spec -> workloads.addAll(containers(manifest, spec, exposures)));
            }
        }
        documents.add(new WorkloadSet(workloads, sources));
        return documents;
    }

    /** Adds the objects of one YAML document; {@code kind: List} wraps several. */
    private static void collect(YamlNode doc, SourceFile file, List<Manifest> into) {
        if (doc.text("kind").orElse("").equals("List")) {
            doc.items("items").forEach(item -> into.add(new Manifest(item, file)));
        } else if (doc instanceof YamlNode.Mapping) {
            into.add(new Manifest(doc, file));
        }
    }

    private static List<Workload> containers(Manifest manifest, YamlNode spec, KubernetesExposures exposures) {
        List<Workload.Exposure> reach = exposures.of(manifest);
        List<Workload> found = new ArrayList<>();
        List<YamlNode> all = new ArrayList<>(spec.items("initContainers"));
        all.addAll(spec.items("containers"));
        for (YamlNode container : all) {
            String name = container.text("name").orElse("container");
            String image = container.text("image").orElse("");
            Asset asset = new Asset(AssetKind.CLOUD_RESOURCE, "kubernetes://" + manifest.file().uri() + "#" + manifest.kind()
                    + "/" + manifest.namespace() + "/" + manifest.name() + "/" + name, Map.of("image", image, "format", "kubernetes"));
            List<String> commandLine = new ArrayList<>();
            container.items("command").forEach(n -> n.scalar().ifPresent(commandLine::add));
            container.items("args").forEach(n -> n.scalar().ifPresent(commandLine::add));
            Optional<Location> privileged = container.at("securityContext.privileged")
                    .filter(n -> n.scalar().map("true"::equalsIgnoreCase).orElse(false)).map(manifest::at);
            boolean gpu = hasGpu(container.entries("resources.limits")) || hasGpu(container.entries("resources.requests"));
            found.add(new Workload("kubernetes", manifest.name() + "/" + name, asset, image,
                    manifest.at(container.at("image").orElse(container)), env(manifest, container), commandLine, reach,
                    privileged, gpu, hostMounts(manifest, spec, container)));
        }
        return found;
    }

    private static List<Workload.EnvVar> env(Manifest manifest, YamlNode container) {
        List<Workload.EnvVar> env = new ArrayList<>();
        for (YamlNode item : container.items("env")) {
            Optional<String> name = item.text("name");
            if (name.isEmpty()) {
                continue;
            }
            Optional<YamlNode> value = item.at("value");
            String text = value.flatMap(YamlNode::scalar).orElse(null);
            boolean literal = value.isPresent() && (text == null || !text.startsWith("$("));
            env.add(new Workload.EnvVar(name.get(), literal ? (text == null ? "" : text) : null, literal,
                    manifest.at(value.orElse(item))));
        }
        return env;
    }

    private static boolean hasGpu(Map<String, YamlNode> resources) {
        return resources.keySet().stream().anyMatch(k -> k.endsWith("/gpu") || k.contains("gpu.") || k.startsWith("nvidia.com/"));
    }

    private static List<Workload.HostMount> hostMounts(Manifest manifest, YamlNode spec, YamlNode container) {
        List<Workload.HostMount> mounts = new ArrayList<>();
        for (YamlNode volume : spec.items("volumes")) {
            Optional<YamlNode> hostPath = volume.at("hostPath.path");
            String volumeName = volume.text("name").orElse("");
            if (hostPath.isEmpty()) {
                continue;
            }
            for (YamlNode mount : container.items("volumeMounts")) {
                if (mount.text("name").orElse("").equals(volumeName)) {
                    mounts.add(new Workload.HostMount(hostPath.get().scalar().orElse(""), mount.text("mountPath").orElse(""),
                            mount.text("readOnly").map("true"::equalsIgnoreCase).orElse(false), manifest.at(hostPath.get())));
                }
            }
        }
        return mounts;
    }
}
