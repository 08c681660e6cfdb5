package dev.ward.cli;

import dev.ward.posture.PostureScanner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "posture", mixinStandardHelpOptions = true, versionProvider = WardVersion.class,
        description = {"Find misconfigured AI infrastructure in configs and infrastructure-as-code, with the fix for each.",
                "Reads ClickHouse config.xml/users.xml (merged with config.d/users.d as the server does), Kubernetes and",
                "Helm-rendered YAML, docker-compose files and Terraform for Vertex AI, SageMaker, Bedrock and Azure ML/OpenAI."},
        footer = {"", "Examples:", "  ward posture ./deploy", "  ward posture infra/ --format sarif -o posture.sarif --fail-on high"})
final class PostureCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @CommandLine.Mixin
    OutputOptions output = new OutputOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return PathScan.run(spec, "posture", paths, output, new PostureScanner()::scan);
    }
}
