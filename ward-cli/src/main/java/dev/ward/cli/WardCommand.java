package dev.ward.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "ward", mixinStandardHelpOptions = true, versionProvider = WardVersion.class,
        description = "Ward finds what gets AI deployments breached: exposed AI infrastructure, leaked keys, weak posture.")
final class WardCommand implements Runnable {

    /** Every subcommand, in the order help lists them. */
    private static final List<String> SUBCOMMANDS = List.of("scan", "surface", "secrets", "posture", "models", "redteam", "help");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    // A switch rather than a map of constructors: the JDK's AOT cache writer (25.0.3) crashes archiving such lambdas.
    private static Object subcommand(String name) {
        return switch (name) {
            case "scan" -> new ScanCommand();
            case "surface" -> new SurfaceCommand();
            case "secrets" -> new SecretsCommand();
            case "posture" -> new PostureCommand();
            case "models" -> new ModelsCommand();
            case "redteam" -> new RedteamCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /** The whole command tree. */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command tree for these arguments. Building a picocli model costs start-up time for every option of every
     * command, so when the first argument names a subcommand only that one is built; anything else gets them all.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new WardCommand());
        String first = args.length > 0 ? args[0] : "";
        if (SUBCOMMANDS.contains(first) && !first.equals("help")) {
            cl.addSubcommand(first, subcommand(first));
        } else {
            for (String name : SUBCOMMANDS) {
                cl.addSubcommand(name, subcommand(name));
            }
        }
        // Handlers are set after the subcommands are added: picocli passes them down only to those already there.
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
