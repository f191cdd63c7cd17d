package org.framelab.cli;

import picocli.CommandLine.Command;

/** The usual exit-code list of the help (a picocli mixin), for commands with nothing to add to it. */
@Command(exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad usage", "3:bad input data", "4:not enough memory"})
public class StandardExitCodes {
}
