package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;

/**
 * Describes a document a spec cites: a seed file (cited, never read) and/or a public address.
 *
 * @param id id that {@link Source#doc()} refers to
 * @param seed seed file name, if any
 * @param url public address, if any
 * @param title title of the document
 * @param updated date of last update (YYYY-MM-DD), if known
 */
@API(status = EXPERIMENTAL)
public record Document(String id, Optional<String> seed, Optional<String> url, String title, Optional<String> updated) {
    /** Creates a document description. */
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(updated, "updated");
    }
}
