package io.scopekit.oracle.internal;

/**
 * A platform fact built from a spec entry with a {@code source}; a rule whose match includes it cites that source.
 *
 * <p>Public because the generated executable model reads the facts; not part of the API.
 */
public interface Cited {
    /** The spec entry's source, resolved to seed file or address, section and passage. */
    Citation citation();
}
