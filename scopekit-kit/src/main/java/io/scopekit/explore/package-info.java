/**
 * Generated action sequences (issue 14): {@code ./scopekit explore} draws random sequences of the actions the
 * vocabularies offer, runs each against the target and the oracle in lockstep through the run engine
 * ({@code harness}: {@code RunResources}, {@code Conversation}, {@code PermissionConversation}, {@code CheckRecorder};
 * no Cucumber), shrinks the first divergence to a minimal sequence and writes it as a {@code .feature} file in the
 * kit's own step language, which {@code verify --features} replays.
 */
@NullMarked
package io.scopekit.explore;

import org.jspecify.annotations.NullMarked;
