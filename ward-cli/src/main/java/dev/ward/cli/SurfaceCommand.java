package dev.ward.cli;

import dev.ward.surface.PortList;
import dev.ward.surface.targets.TargetSpace;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "surface", mixinStandardHelpOptions = true, versionProvider = WardVersion.class,
        description = {"Find exposed AI infrastructure on the given targets and prove what it exposes, read-only.",
                "Services are identified by protocol, on any port. Targets are visited in a seeded random order."},
        footer = {"", "Examples:",
                "  ward surface 10.0.0.5                 the usual ports of AI infrastructure on one host",
                "  ward surface 10.0.0.0/24 --ports 8123,9000,18000-18010",
                "  ward surface db.internal:9000 --format sarif -o ward.sarif --fail-on high",
                "  ward surface --targets-file hosts.txt --rate 500 --per-host 8 --resume scan.state",
                "  ward surface 10.0.0.0/16 --ports 1-1000 --shard 1/4 --seed 7   (one of four machines)",
                "  masscan 10.0.0.0/16 -p0-65535 -oL found.lst; ward surface --import found.lst"})
final class SurfaceCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "TARGET",
            description = "Host, IP, CIDR, host:port, @FILE (targets in a file) or - (targets on standard input).")
    List<String> targets = List.of();

    @Option(names = {"-p", "--ports"}, paramLabel = "LIST",
            description = "Ports to probe on targets without an explicit port, e.g. 8123,9000,9100-9110; 'ai' and 'clickhouse'"
                    + " name Ward's lists (default: ai, the usual ports of AI infrastructure).")
    String ports;

    @CommandLine.Mixin
    TargetOptions sources = new TargetOptions();

    @CommandLine.Mixin
    PacingOptions pacing = new PacingOptions();

    @CommandLine.Mixin
    ProbeOptions probe = new ProbeOptions();

    @CommandLine.Mixin
    OutputOptions output = new OutputOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (targets.isEmpty() && !sources.any()) {
            throw new IllegalArgumentException("missing TARGET: name a host, IP, CIDR or host:port, or give --targets-file FILE"
                    + " or --import FILE");
        }
        output.validate();
        pacing.validate();
        probe.toSurfaceOptions();
        PortList portList = ports == null ? PortList.aiDefaults() : PortList.parse(ports);
        TargetSpace space = sources.space(targets, portList);
        return SurfaceRun.run(spec, "surface", sources.allTargets(targets), space, probe, pacing, output);
    }
}
