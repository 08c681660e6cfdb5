package dev.ward.cli;

import dev.ward.surface.Endpoint;
import dev.ward.surface.PortList;
import dev.ward.surface.TargetParser;
import dev.ward.surface.discovery.DiscoveryImport;
import dev.ward.surface.discovery.ImportFormat;
import dev.ward.surface.targets.TargetSpace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where targets come from besides the command line: target files and other scanners' discovery output. */
final class TargetOptions {

    @Option(names = "--targets-file", paramLabel = "FILE",
            description = "Read targets from FILE (one or more a line, '#' comments; '-' is standard input). Repeatable.")
    List<String> targetsFiles = new ArrayList<>();

    @Option(names = "--import", paramLabel = "FILE",
            description = "Probe the open ports a discovery scan found: masscan -oL/-oJ/-oG/-oX, nmap -oX/-oG, naabu (host:port or -json). Repeatable.")
    List<Path> imports = new ArrayList<>();

    @Option(names = "--import-format", paramLabel = "FORMAT",
            description = "Format of --import files when not sniffed: masscan-list, masscan-json, grepable, xml, naabu, naabu-json.")
    String importFormat;

    boolean any() {
        return !targetsFiles.isEmpty() || !imports.isEmpty();
    }

    /** The command-line targets followed by every {@code --targets-file}, as the parser reads them. */
    List<String> allTargets(List<String> targets) {
        List<String> all = new ArrayList<>(targets == null ? List.of() : targets);
        targetsFiles.forEach(f -> all.add(f.equals("-") ? "-" : "@" + f));
        return all;
    }

    /** Every endpoint to scan: parsed targets with {@code ports}, plus the imported open endpoints with their own ports. */
    TargetSpace space(List<String> targets, PortList ports) {
        ImportFormat format = importFormat == null ? null : ImportFormat.parse(importFormat);
        TargetSpace.Builder builder = TargetSpace.builder();
        List<String> all = allTargets(targets);
        if (!all.isEmpty()) {
            TargetParser.addTo(builder, all, ports, () -> System.in);
        }
        for (Path file : imports) {
            List<Endpoint> found = DiscoveryImport.read(file, format);
            found.forEach(builder::add);
        }
        TargetSpace space = builder.build();
        if (all.isEmpty() && imports.isEmpty()) {
            throw new IllegalArgumentException("no targets given; name a TARGET, --targets-file FILE or --import FILE");
        }
        return space;
    }
}
