package io.scopekit.target.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Names the target protocol this package speaks (adapters/protocol/openapi.yaml) and its fixed limits. */
@API(status = EXPERIMENTAL)
public final class Protocol {
    /** The protocol version every body carries in its {@code protocol} member. */
    public static final String VERSION = "scopekit-target/1";
    /** The largest answer body the kit reads: 10 MB. */
    public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private Protocol() {}
}
