package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command line: one subcommand per job. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = ParleyVersion.class,
        description = "Turns news into a traceable record of who said and did what to whom, when and where.",
        subcommands = {ExtractCommand.class, IngestCommand.class, EventsCommand.class, QuotesCommand.class, ActorsCommand.class, DyadCommand.class, ExportCommand.class, ImportCommand.class, BenchCommand.class, AnnotateCommand.class, CommandLine.HelpCommand.class})
public final class ParleyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ParleyCommand()).execute(args));
    }
}
