package dev.ward.posture.workload;

import dev.ward.core.Asset;
import dev.ward.core.Location;
import java.util.List;
import java.util.Optional;

/**
 * One container as deployed by a Kubernetes manifest or a docker-compose service, reduced to what posture checks
 * ask: image, environment, command line, how it is reachable, privileges, GPUs and host mounts.
 *
 * @param format     {@code kubernetes} or {@code compose}
 * @param asset      the container, for example {@code kubernetes://deploy/ollama.yaml#Deployment/ai/ollama/ollama}
 * @param where      the container's own location (its image line)
 * @param exposures  ways it is reachable from outside the cluster or host
 * @param privileged where {@code privileged: true} is set, if it is
 */
public record Workload(String format, String name, Asset asset, String image, Location where, List<EnvVar> env,
                       List<String> commandLine, List<Exposure> exposures, Optional<Location> privileged,
                       boolean requestsGpu, List<HostMount> hostMounts) {

    public Workload {
        env = List.copyOf(env);
        commandLine = List.copyOf(commandLine);
        exposures = List.copyOf(exposures);
        hostMounts = List.copyOf(hostMounts);
    }

    /**
     * An environment variable.
     *
     * @param value   the literal value, or null when it comes from a secret, a config map or an unset compose variable
     * @param literal true when the value is written in the file rather than referenced
     */
    public record EnvVar(String name, String value, boolean literal, Location location) {
    }

    /** How the container can be reached: a published port, a LoadBalancer/NodePort Service, an Ingress. */
    public record Exposure(String description, Location location, boolean authAnnotated) {
    }

    public record HostMount(String hostPath, String mountPath, boolean readOnly, Location location) {
    }

    public Optional<EnvVar> envVar(String variable) {
        return env.stream().filter(e -> e.name().equals(variable)).findFirst();
    }

    /** The literal value of a variable; empty when unset or not literal. */
    public Optional<String> envValue(String variable) {
        return envVar(variable).filter(EnvVar::literal).map(EnvVar::value);
    }

    /** True when some command-line word starts with the prefix, e.g. {@code --api-key}. */
    public boolean hasArgument(String prefix) {
        return commandLine.stream().anyMatch(a -> a.startsWith(prefix));
    }

    /** The value of {@code --flag=value} or {@code --flag value}, if present. */
    public Optional<String> argumentValue(String flag) {
        for (int i = 0; i < commandLine.size(); i++) {
            String word = commandLine.get(i);
            if (word.startsWith(flag + "=")) {
                return Optional.of(unquote(word.substring(flag.length() + 1)));
            }
            if (word.equals(flag) && i + 1 < commandLine.size()) {
                return Optional.of(unquote(commandLine.get(i + 1)));
            }
        }
        return Optional.empty();
    }

    private static String unquote(String value) {
        return value.replaceAll("^['\"]|['\"]$", "");
    }
}
