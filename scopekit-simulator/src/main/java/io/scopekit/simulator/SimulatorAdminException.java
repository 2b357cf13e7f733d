package io.scopekit.simulator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The simulator refused an admin operation, or (status 0, over HTTP) did not answer it. Over HTTP it is the answer's
 * status and {@code {"code", "msg"}}: 400 bad input, 404 an unknown app, tenant, version or operation, 409 a step in
 * the wrong state (docs/simulator.md, "Admin API").
 */
@API(status = EXPERIMENTAL)
public final class SimulatorAdminException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The code of the admin API's own errors. */
    public static final long ADMIN_CODE = -1;

    private final int status;
    private final long code;
    private final transient List<String> details;

    /** An error of the admin API (code {@value #ADMIN_CODE}, no details). */
    public SimulatorAdminException(int status, String msg) {
        this(status, ADMIN_CODE, msg, List.of());
    }

    /**
     * An error with a code and, for a batch import, one detail per refused permission.
     *
     * @param status the HTTP status; 0 when the simulator did not answer
     * @param code the body's {@code code}
     * @param msg the body's {@code msg}
     * @param details the body's {@code error.details} values, in order
     */
    public SimulatorAdminException(int status, long code, String msg, List<String> details) {
        super(msg, null, false, false);
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
    }

    /** Returns the HTTP status; 0 when the simulator did not answer. */
    public int status() {
        return status;
    }

    /** Returns the answer's {@code code}. */
    public long code() {
        return code;
    }

    /** Returns the answer's {@code msg}. */
    public String msg() {
        return getMessage();
    }

    /** Returns the {@code error.details} values of a refused batch import; empty otherwise. */
    public List<String> details() {
        return details;
    }
}
