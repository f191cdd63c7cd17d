package org.framelab.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text option whose values name input files, as {@code FILE} or {@code NAME=FILE} (e.g. {@code --lexicon}),
 * so that {@link OutputsCheck} counts them with the command's inputs ({@code Path} options are inputs anyway).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface ReadsFrom {
}
