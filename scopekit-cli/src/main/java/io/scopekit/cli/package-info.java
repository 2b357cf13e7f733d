/** The {@code ./scopekit} commands (picocli); every failure is a {@code CliFailure} carrying its exit code. */
@NullMarked
package io.scopekit.cli;

import org.jspecify.annotations.NullMarked;
