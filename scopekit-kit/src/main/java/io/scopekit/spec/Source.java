package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;

/**
 * Cites where a statement of a spec comes from: a document of the same file, a section and a short passage.
 *
 * @param doc id of the cited {@link Document}
 * @param section heading in that document, if given
 * @param passage short excerpt or paraphrase (at most 300 characters)
 */
@API(status = EXPERIMENTAL)
public record Source(String doc, Optional<String> section, String passage) {
    /** Creates a source; {@code doc} and {@code passage} must not be null. */
    public Source {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(passage, "passage");
    }
}
