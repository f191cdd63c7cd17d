package org.framelab.cli;

import org.framelab.util.InputException;
import org.framelab.util.OptionException;
import org.framelab.util.UserErrors;
import org.framelab.util.Runtime2;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;

/** The {@code framelab} command: a thin picocli layer over the Java API. */
@Command(name = "framelab",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "FrameLab: a workbench for media-bias and framing research.",
        subcommands = {
                CommandLine.HelpCommand.class,
                CorpusCommand.class,
                BenchCommand.class,
                FeaturesCommand.class,
                ExplainCommand.class,
                RunCommand.class,
                ReportCommand.class,
                AgreementCommand.class,
                CompareCommand.class,
                TrainCommand.class,
                EvaluateCommand.class,
                PredictCommand.class,
                GuiCommand.class,
                ValidateCommand.class,
                LexiconCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:internal error (a bug: please report it with the command you ran)",
                "2:bad usage (unknown option, missing argument, invalid option value, an output that is an input)",
                "3:bad input data (a missing or unreadable file, bad rows, a field or an outlet the data does not have; the message names the file, line and field, and what to do)",
                "4:not enough memory (the message gives the heap limit and how to raise it)"})
public final class Main extends CommandGroup {
    public static void main(String[] args) {
        Runtime2.configure();
        // Ctrl+C (exit 130) or kill (143) while a command runs: one line, so that the stop is not silent; the temporary
        // output files are deleted by their own hooks (AtomicFiles), nothing half-written is left
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!finished.get()) {
                System.err.println("framelab: interrupted: stopped before the end; no output file was left half-written"
                        + " (outputs written before the stop are complete)");
                System.err.flush();
            }
        }, "framelab-interrupted"));
        int code = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        finished.set(true);
        System.exit(code);
    }

    /** Runs the CLI with the given streams; returns the exit code (used by tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Runtime2.configure();
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // not a bug and not a wrong input: the corpus or the model did not fit in the Java heap
            long mb = Runtime.getRuntime().maxMemory() >> 20;
            err.println("framelab: not enough memory: the Java heap (at most " + mb + " MB) filled up.\n"
                    + "  What to do: give Java more memory, e.g. JAVA_OPTS=-Xmx8g ./framelab ...; commands that stream a corpus of any size\n"
                    + "  (features, predict, evaluate, and train with --test) are listed in docs/performance.md, \"Streaming at scale\".");
            err.flush();
            return ExitCodes.OUT_OF_MEMORY;
        }
    }

    public static CommandLine commandLine() {
        return commandLine(new Main());
    }

    /**
     * A command line for another top command (the Spark job's {@code framelab spark}) with FrameLab's handling of
     * errors: a user's mistake is one message and exit code 2 or 3, never a stack trace.
     */
    public static CommandLine commandLine(Object command) {
        CommandLine cl = new CommandLine(command);
        if (cl.getCommandSpec().usageMessage().exitCodeList().isEmpty()) {
            // the same exit codes, documented once (on Main)
            Command main = Main.class.getAnnotation(Command.class);
            java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
            for (String c : main.exitCodeList()) codes.put(c.substring(0, c.indexOf(':')), c.substring(c.indexOf(':') + 1));
            cl.getCommandSpec().usageMessage().exitCodeListHeading(main.exitCodeListHeading()).exitCodeList(codes);
        }
        cl.setExecutionStrategy(pr -> {
            // no output may overwrite an input: checked once here, for every command, before it reads anything
            try {
                OutputsCheck.check(pr);
            } catch (OptionException e) {
                CommandLine last = pr.asCommandLineList().get(pr.asCommandLineList().size() - 1);
                throw new CommandLine.ExecutionException(last, e.getMessage(), e);
            }
            return new CommandLine.RunLast().execute(pr);
        });
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("framelab: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return ExitCodes.BAD_USAGE;
        });
        return cl;
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        Throwable t = userError(ex);
        if (t instanceof InputException) {
            err.println("framelab: " + t.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (t instanceof org.framelab.util.NotInDataException v) {
            // a field or values the data does not have: known only after reading, so bad input, as for --text-field or train --label
            err.println("framelab: " + v.messageFor(flagName(cl, v.key())) + "\n  What to do: " + v.whatToDo());
            return ExitCodes.BAD_INPUT;
        }
        if (t instanceof OptionException o) {
            err.println("framelab: " + o.messageFor(flagName(cl, o.key())));
            return ExitCodes.BAD_USAGE;
        }
        if (t instanceof CancellationException) {
            err.println("framelab: cancelled");
            return ExitCodes.INTERNAL_ERROR;
        }
        if (t instanceof java.nio.file.NoSuchFileException nsf) {
            err.println("framelab: file not found: " + nsf.getFile() + "\n  What to do: check the path.");
            return ExitCodes.BAD_INPUT;
        }
        if (t instanceof java.nio.file.AccessDeniedException ade) {
            err.println("framelab: permission denied: " + ade.getFile() + "\n  What to do: choose a file or folder you can read and write.");
            return ExitCodes.BAD_INPUT;
        }
        err.println("framelab: internal error: " + ex);
        ex.printStackTrace(err);
        err.println("This is a bug in FrameLab; please report it with the command you ran and the lines above.");
        return ExitCodes.INTERNAL_ERROR;
    }

    /** The user's mistake behind an exception ({@link UserErrors}), else the exception itself. */
    static Throwable userError(Throwable ex) {
        Throwable t = UserErrors.find(ex);
        return t == null ? ex : t;
    }

    /** How the command names a setting: its option ({@code min_df} -> {@code --min-df}) when it has one, else the key. */
    static String flagName(CommandLine cl, String key) {
        String flag = "--" + key.replace('_', '-');
        return cl.getCommandSpec().findOption(flag) != null ? flag : key;
    }

    /** Version from the jar manifest, or the development version. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"FrameLab " + Runtime2.version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
