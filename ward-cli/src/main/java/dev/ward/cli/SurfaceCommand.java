package dev.ward.cli;

import dev.ward.core.ScanCollector;
import dev.ward.core.ScanResult;
import dev.ward.surface.Endpoint;
import dev.ward.surface.PortList;
import dev.ward.surface.SurfaceScanner;
import dev.ward.surface.TargetParser;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "surface", mixinStandardHelpOptions = true, versionProvider = WardVersion.class,
        description = {"Find exposed AI infrastructure on the given targets and prove what it exposes, read-only.",
                "Services are identified by protocol, on any port."},
        footer = {"", "Examples:",
                "  ward surface 10.0.0.5                 the default ClickHouse ports on one host",
                "  ward surface 10.0.0.0/24 --ports 8123,9000,18000-18010",
                "  ward surface db.internal:9000 --format sarif -o ward.sarif --fail-on high"})
final class SurfaceCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "TARGET", description = "Host, IP, CIDR or host:port.")
    List<String> targets;

    @Option(names = {"-p", "--ports"}, paramLabel = "LIST",
            description = "Ports to probe on targets without an explicit port, e.g. 8123,9000,9100-9110 (default: ClickHouse's ports).")
    String ports;

    @CommandLine.Mixin
    ProbeOptions probe = new ProbeOptions();

    @CommandLine.Mixin
    OutputOptions output = new OutputOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        output.validate();
        PortList portList = ports == null ? PortList.clickhouseDefaults() : PortList.parse(ports);
        List<Endpoint> endpoints = TargetParser.parse(targets, portList);
        return SurfaceRun.run(spec, "surface", targets, endpoints, probe, output);
    }
}
