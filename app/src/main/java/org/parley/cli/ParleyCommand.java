package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command line: one subcommand per job. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = ParleyVersion.class,
        description = "Turns news into a traceable record of who said and did what to whom, when and where.",
        subcommands = {ExtractCommand.class, IngestCommand.class, EventsCommand.class, QuotesCommand.class,
                ActorsCommand.class, DyadCommand.class, ExportCommand.class, ImportCommand.class, ServeCommand.class,
                BenchCommand.class, ActorReportCommand.class, AnnotateCommand.class, RecodeCommand.class,
                CommandLine.HelpCommand.class})
public final class ParleyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line with Parley's error mapping: a bad option value or input setup (IllegalArgumentException,
     * an unreadable file) is a usage error, exit 2, one line on stderr - never a stack trace. Set PARLEY_DEBUG=1 to
     * see the trace of an unexpected failure.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ParleyCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean usage = e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException
                    || e instanceof java.io.IOException;
            commandLine.getErr().println("parley " + commandLine.getCommandName() + ": " + e.getMessage());
            if (System.getenv("PARLEY_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return usage ? ExitCodes.USAGE : ExitCodes.FAILED;
        });
        return cli;
    }
}
