package org.framelab.cli;

import org.framelab.util.OptionException;
import org.framelab.util.OutputPaths;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The one check, for every command, that no output overwrites an input: run by {@link Main} before the command, on
 * its options and parameters. Outputs are the options marked {@link WritesTo} (and the files a command writes beside
 * them, {@link Beside}); inputs are every other {@code Path} option or parameter and the {@link ReadsFrom} options.
 * An output that is the same file as an input is bad usage (exit 2), e.g.
 * "data.csv: the output (--output) would overwrite the input corpus; write to another file".
 */
final class OutputsCheck {
    private OutputsCheck() {}

    /** A command that writes files beside its {@link WritesTo} outputs (e.g. the terms table of {@code features}). */
    interface Beside {
        /** Each further file written, with how a message names it, e.g. "the terms table (written beside --output)". */
        Map<Path, String> besideOutputs();
    }

    /** Runs the check on the command that the parse result will run (the last subcommand); throws an {@link OptionException}. */
    static void check(CommandLine.ParseResult pr) {
        CommandLine.ParseResult last = pr;
        while (true) {
            if (last.isUsageHelpRequested() || last.isVersionHelpRequested()) return;
            if (!last.hasSubcommand()) break;
            last = last.subcommand();
        }
        check(last.commandSpec());
    }

    static void check(CommandSpec spec) {
        List<OutputPaths.Input> inputs = new ArrayList<>();
        List<ArgSpec> outputs = new ArrayList<>();
        for (ArgSpec a : spec.args()) {
            Field f = a.userObject() instanceof Field field ? field : null;
            if (f != null && f.isAnnotationPresent(WritesTo.class)) {
                outputs.add(a);
            } else if (f != null && f.isAnnotationPresent(ReadsFrom.class)) {
                for (Object v : values(a.getValue())) {
                    if (!(v instanceof String s) || s.isBlank()) continue;
                    try {
                        inputs.add(new OutputPaths.Input(Path.of(fileOf(s)), role(a)));
                    } catch (java.nio.file.InvalidPathException e) {
                        // not a file name (e.g. a list of actors): nothing to overwrite
                    }
                }
            } else {
                for (Object v : values(a.getValue())) if (v instanceof Path p) inputs.add(new OutputPaths.Input(p, role(a)));
            }
        }
        // two outputs of one command given the same file: the second would replace the first
        List<OutputPaths.Input> written = new ArrayList<>();
        for (ArgSpec o : outputs) {
            for (Object v : values(o.getValue())) {
                if (!(v instanceof Path p)) continue;
                for (OutputPaths.Input w : written) {
                    if (OutputPaths.sameFile(p, w.path())) {
                        throw new OptionException(name(o), p.toString(), "the same file as " + w.role()
                                + ": the one written last would replace the other; give each output its own file");
                    }
                }
                written.add(new OutputPaths.Input(p, name(o)));
            }
        }
        if (inputs.isEmpty()) return;
        for (ArgSpec o : outputs) {
            boolean replaces = ((Field) o.userObject()).getAnnotation(WritesTo.class).replacesFolder();
            for (Object v : values(o.getValue())) if (v instanceof Path p) OutputPaths.check("the output (" + name(o) + ")", p, replaces, inputs);
        }
        if (spec.userObject() instanceof Beside b) {
            for (Map.Entry<Path, String> e : b.besideOutputs().entrySet()) OutputPaths.check(e.getValue(), e.getKey(), false, inputs);
        }
    }

    /** The file of a {@code FILE} or {@code NAME=FILE} value. */
    private static String fileOf(String v) {
        int eq = v.indexOf('=');
        return eq >= 0 ? v.substring(eq + 1).strip() : v.strip();
    }

    private static List<Object> values(Object v) {
        if (v == null) return List.of();
        if (v instanceof Collection<?> c) return new ArrayList<>(c);
        if (v instanceof Map<?, ?> m) return new ArrayList<>(m.values());
        if (v instanceof Object[] arr) return List.of(arr);
        return List.of(v);
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : ((PositionalParamSpec) a).paramLabel();
    }

    /** How a message names an input: "input corpus" for the corpus PATH, "input model" for MODEL, else by its option. */
    private static String role(ArgSpec a) {
        if (a instanceof PositionalParamSpec p) {
            String label = p.paramLabel();
            if (label.equals("PATH")) return "input corpus";
            if (label.equals("MODEL")) return "input model";
            return "input " + label;
        }
        String name = ((OptionSpec) a).longestName();
        if (name.equals("--test")) return "test corpus";
        return "input given to " + name;
    }
}
