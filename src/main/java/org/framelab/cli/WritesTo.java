package org.framelab.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an option (a {@code Path}) whose file or folder the command writes: {@link OutputsCheck} refuses it when it is
 * one of the command's inputs, before the command runs. Every other {@code Path} option or parameter is an input.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface WritesTo {
    /** The folder is replaced as a whole (a report folder): an input inside it is refused too. */
    boolean replacesFolder() default false;
}
