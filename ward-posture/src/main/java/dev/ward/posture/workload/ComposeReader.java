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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a docker-compose file's services into workloads; a port published without a host address binds every interface. */
public final class ComposeReader implements DocumentReader {

    private static final Set<String> ALL_INTERFACES = Set.of("", "0.0.0.0", "::", "[::]");

    @Override
    public FileKind kind() {
        return FileKind.DOCKER_COMPOSE;
    }

    @Override
    public Path groupKey(Path file) {
        return file;
    }

    @Override
    public List<PostureDocument> read(Path group, List<SourceFile> files) {
        List<PostureDocument> documents = new ArrayList<>();
        for (SourceFile file : files) {
            try {
                List<Workload> workloads = new ArrayList<>();
                for (YamlNode doc : SafeYaml.parseAll(file.text())) {
                    doc.entries("services").forEach((name, service) -> workloads.add(workload(file, name, service)));
                }
                documents.add(new WorkloadSet(workloads, List.of(file.path())));
            } catch (MalformedConfigException e) {
                documents.add(new UnparseableFile(file.path(), kind(), e.getMessage()));
            }
        }
        return documents;
    }

    private static Workload workload(SourceFile file, String name, YamlNode service) {
        String image = service.text("image").orElse("");
        Asset asset = new Asset(AssetKind.CLOUD_RESOURCE, "compose://" + file.uri() + "#" + name,
                Map.of("image", image, "format", "compose"));
        List<String> commandLine = new ArrayList<>(words(service.at("entrypoint")));
        commandLine.addAll(words(service.at("command")));
        Optional<Location> privileged = service.at("privileged")
                .filter(n -> n.scalar().map("true"::equalsIgnoreCase).orElse(false)).map(n -> file.location(n.line()));
        boolean gpu = service.text("runtime").map("nvidia"::equals).orElse(false) || service.at("gpus").isPresent()
                || service.items("deploy.resources.reservations.devices").stream()
                .anyMatch(d -> d.items("capabilities").stream().anyMatch(c -> c.scalar().map("gpu"::equals).orElse(false)));
        return new Workload("compose", name, asset, image, file.location(service.at("image").orElse(service).line()),
                env(file, service), commandLine, exposures(file, service), privileged, gpu, hostMounts(file, service));
    }

    private static List<String> words(Optional<YamlNode> node) {
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Sequence seq) {
            return seq.items().stream().flatMap(i -> i.scalar().stream()).toList();
        }
        return node.get().scalar().map(s -> Arrays.asList(s.trim().split("\\s+"))).orElse(List.of());
    }

    private static List<Workload.EnvVar> env(SourceFile file, YamlNode service) {
        List<Workload.EnvVar> env = new ArrayList<>();
        Optional<YamlNode> environment = service.at("environment");
        if (environment.isPresent() && environment.get() instanceof YamlNode.Mapping map) {
            map.entries().forEach((key, value) -> env.add(variable(file, key, value.scalar().orElse(null), value.line())));
        } else {
            for (YamlNode item : service.items("environment")) {
                String entry = item.scalar().orElse("");
                int eq = entry.indexOf('=');
                env.add(eq < 0 ? new Workload.EnvVar(entry, null, false, file.location(item.line()))
                        : variable(file, entry.substring(0, eq), entry.substring(eq + 1), item.line()));
            }
        }
        return env;
    }

    /** A compose value with {@code ${VAR}} or {@code $VAR} is filled from the shell or an .env file, so it is not literal. */
    private static Workload.EnvVar variable(SourceFile file, String name, String value, int line) {
        boolean literal = value != null && !value.contains("$");
        return new Workload.EnvVar(name, literal ? value : null, literal, file.location(line));
    }

    private static List<Workload.Exposure> exposures(SourceFile file, YamlNode service) {
        List<Workload.Exposure> found = new ArrayList<>();
        if (service.text("network_mode").map("host"::equals).orElse(false)) {
            found.add(new Workload.Exposure("network_mode: host (every port on every host interface)",
                    file.location(service.at("network_mode").get().line()), false));
        }
        for (YamlNode port : service.items("ports")) {
            String hostIp;
            String text;
            if (port instanceof YamlNode.Mapping) {
                hostIp = port.text("host_ip").orElse("");
                text = port.text("published").orElse("") + ":" + port.text("target").orElse("");
            } else {
                text = port.scalar().orElse("");
                hostIp = hostAddress(text);
            }
            if (ALL_INTERFACES.contains(hostIp)) {
                found.add(new Workload.Exposure("port " + text + " published on all interfaces", file.location(port.line()), false));
            }
        }
        return found;
    }

    /** The host address of a short port mapping: {@code 127.0.0.1:8080:80} → 127.0.0.1, {@code 8080:80} → "". */
    static String hostAddress(String mapping) {
        String spec = mapping.replaceAll("/(tcp|udp)$", "");
        if (spec.startsWith("[")) {
            int close = spec.indexOf(']');
            return close > 0 ? spec.substring(1, close) : "";
        }
        String[] parts = spec.split(":");
        return parts.length == 3 ? parts[0] : "";
    }

    private static List<Workload.HostMount> hostMounts(SourceFile file, YamlNode service) {
        List<Workload.HostMount> mounts = new ArrayList<>();
        for (YamlNode volume : service.items("volumes")) {
            String source;
            String target;
            boolean readOnly;
            if (volume instanceof YamlNode.Mapping) {
                if (!volume.text("type").orElse("").equals("bind")) {
                    continue;
                }
                source = volume.text("source").orElse("");
                target = volume.text("target").orElse("");
                readOnly = volume.text("read_only").map("true"::equalsIgnoreCase).orElse(false);
            } else {
                String[] parts = volume.scalar().orElse("").split(":");
                if (parts.length < 2) {
                    continue;
                }
                source = parts[0];
                target = parts[1];
                readOnly = parts.length > 2 && parts[2].contains("ro");
            }
            if (source.startsWith("/") || source.startsWith(".") || source.startsWith("~") || source.startsWith("$")) {
                mounts.add(new Workload.HostMount(source, target, readOnly, file.location(volume.line())));
            }
        }
        return mounts;
    }
}
