/**
 * What a run of the kit says about itself on its certificate, on both routes: {@code ./scopekit verify} and a
 * vendor's own build (Maven Surefire, an IDE), where {@link io.scopekit.run.LibraryRunDescriber} is the
 * {@link io.scopekit.report.RunDescriber} that {@link java.util.ServiceLoader} finds. Internal: the kit's own
 * command line and report plugin use it; a vendor's target never does.
 */
@API(status = INTERNAL)
@NullMarked
package io.scopekit.run;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
