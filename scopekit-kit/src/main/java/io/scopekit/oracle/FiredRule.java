package io.scopekit.oracle;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Names a rule that fired for a decision and the source passage it encodes.
 *
 * @param name    the rule's name in its DRL file
 * @param file    the DRL file, relative to the rules directory (e.g. {@code consent/denied.drl})
 * @param seed    the seed file or public document address the rule cites
 * @param section the section of that document
 * @param passage the passage (short excerpt or paraphrase)
 */
@API(status = EXPERIMENTAL)
public record FiredRule(String name, String file, String seed, String section, String passage) {}
