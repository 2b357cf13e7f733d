package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Records the file a spec was loaded from and the SHA-256 of its bytes (for certificates).
 *
 * @param file the path as given to the loader (a file system path, or {@code scopekit/platform-specs/NAME} for specs
 *     embedded in the jar)
 * @param fileName the file name, e.g. {@code feishu-gadget.yaml}
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 */
@API(status = EXPERIMENTAL)
public record SpecOrigin(String file, String fileName, String sha256) {}
