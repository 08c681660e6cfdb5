package dev.ward.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "ward", mixinStandardHelpOptions = true, versionProvider = WardVersion.class,
        description = "Ward finds what gets AI deployments breached: exposed AI infrastructure, leaked keys, weak posture.",
        subcommands = {ScanCommand.class, SurfaceCommand.class, SecretsCommand.class, PostureCommand.class, ModelsCommand.class,
                RedteamCommand.class, CommandLine.HelpCommand.class})
final class WardCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new WardCommand());
        cl.setParameterExceptionHandler(WardCommand::usageError);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IllegalArgumentException) {
                return usageError(new CommandLine.ParameterException(commandLine, ex.getMessage(), ex), new String[0]);
            }
            PrintWriter err = commandLine.getErr();
            err.println("ward: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            return ExitCode.SCAN_ERROR;
        });
        return cl;
    }

    /** One line that says what is wrong and where help is, then exit code 2; no wall of usage text. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("ward: " + ex.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCode.USAGE;
    }
}
