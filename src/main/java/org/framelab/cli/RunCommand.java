package org.framelab.cli;

import org.framelab.study.Study;
import org.framelab.study.StudyFile;
import org.framelab.study.StudyRunner;
import org.framelab.util.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code framelab run STUDY.yaml}: runs a study file end to end. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a study file end to end: corpus, features, statistics, classifier, charts, workbook, CSV tables, notebook export and manifest, into reports/<study>/ (see docs/output.md).",
                "Example: ./framelab run datasets/demo/study.yaml"})
public final class RunCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY.yaml", description = "The study file.")
    Path studyFile;

    @WritesTo
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Write into DIR/<study>/ instead of the study's outputs.dir (default reports).")
    Path out;

    @Option(names = "--no-notebook", description = "Do not export the Jupyter notebook.")
    boolean noNotebook;

    @Mixin RawCsvOption csv;

    @Mixin CacheOptions cache;

    @Override
    public Integer call() throws InputException, IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Study s = StudyFile.read(studyFile);
        Study.OutputSection os = s.outputs();
        s = s.withOutputs(new Study.OutputSection(out != null ? out : os.dir(), os.workbook(), os.tables(),
                        noNotebook ? null : os.notebookDir(), os.evidencePerFeature(), os.rawCsv() || csv.raw, cache.setting(os.cache())));
        StudyRunner.Result r = StudyRunner.run(s, studyFile, new ConsoleProgress(err));
        ReportCommand.printSummary(o, r);
        return ExitCodes.OK;
    }
}
