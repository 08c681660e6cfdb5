package dev.ward.cli;

import dev.ward.surface.PortList;
import dev.ward.surface.targets.TargetSpace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = WardVersion.class,
        description = {"Scan this machine, or the given targets, with every network check Ward has.",
                "With no target, every port listening on loopback gets the surface checks."})
final class ScanCommand implements Callable<Integer> {

    static final Path PROC_NET = Path.of("/proc/net");

    @Parameters(arity = "0..*", paramLabel = "TARGET", description = "Host, IP, CIDR, host:port, @FILE or - (default: this machine).")
    List<String> targets = List.of();

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
        output.validate();
        pacing.validate();
        List<String> chosen = targets;
        if (chosen.isEmpty() && !sources.any()) {
            chosen = Files.isDirectory(PROC_NET) ? LoopbackListeners.targets(PROC_NET) : List.of("127.0.0.1");
            spec.commandLine().getErr().println("ward: scanning this machine: " + chosen.size()
                    + " listening port(s) on loopback");
        }
        TargetSpace space = sources.space(chosen, PortList.clickhouseDefaults());
        return SurfaceRun.run(spec, "scan", sources.allTargets(chosen), space, probe, pacing, output);
    }
}
