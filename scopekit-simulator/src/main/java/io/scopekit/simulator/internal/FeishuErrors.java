package io.scopekit.simulator.internal;

import io.scopekit.simulator.SimResponse;
import io.scopekit.spec.ErrorCode;
import io.scopekit.spec.PermissionModelSpec;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes Feishu's JSON error shape ({@code code}, {@code msg}, {@code error.permission_violations}) with the codes the
 * permission model cites for each situation; a situation the model gives no code for is answered with
 * {@link #UNSPECIFIED} and says so, rather than with an invented Feishu code.
 */
public final class FeishuErrors {

    /** The code of every answer the sources give no Feishu code for (and of the admin API's errors). */
    public static final int UNSPECIFIED = -1;

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final PermissionModelSpec model;

    FeishuErrors(PermissionModelSpec model) {
        this.model = model;
    }

    /** The model's error entry for a situation ({@code when}), if it cites one. */
    Optional<ErrorCode> cited(String when) {
        return model.errors().stream().filter(e -> e.when().equals(when)).findFirst();
    }

    /**
     * An error for a situation: the cited code when the model has one, else {@link #UNSPECIFIED}.
     *
     * @param status HTTP status (the sources do not state statuses; 400 throughout, see docs/simulator.md)
     * @param when the situation, as the model's {@code errors[].when}
     * @param msg the message
     * @param violations permissions to list in {@code permission_violations}, typed by the model's violation type
     */
    SimResponse error(int status, String when, String msg, List<String> violations) {
        Optional<ErrorCode> code = cited(when);
        ObjectNode body = JSON.createObjectNode();
        body.put("code", code.map(ErrorCode::code).orElse((long) UNSPECIFIED));
        body.put("msg", code.isPresent() ? msg : "unspecified (" + when + "): " + msg);
        ObjectNode error = body.putObject("error");
        error.put("log_id", "scopekit-simulator");
        if (code.isEmpty()) {
            error.put("troubleshooter", "The sources cited by the " + model.id()
                    + " spec give no error code for '" + when + "'; this body is the simulator's marker.");
        }
        Optional<String> type = code.flatMap(ErrorCode::violationType);
        if (!violations.isEmpty() && type.isPresent()) {
            ArrayNode list = error.putArray("permission_violations");
            for (String p : violations) {
                list.addObject().put("type", type.get()).put("subject", p);
            }
        }
        return new SimResponse(status, JSON.writeValueAsString(body));
    }

    /** An error of the simulator's own admin or test API (not a Feishu API): code {@link #UNSPECIFIED}. */
    static SimResponse admin(int status, String msg) {
        ObjectNode body = JSON.createObjectNode();
        body.put("code", UNSPECIFIED);
        body.put("msg", msg);
        return new SimResponse(status, JSON.writeValueAsString(body));
    }

    /** A success body {@code {"code":0,"msg":"success","data":...}}. */
    static SimResponse ok(ObjectNode data) {
        ObjectNode body = JSON.createObjectNode();
        body.put("code", 0);
        body.put("msg", "success");
        body.set("data", data);
        return new SimResponse(200, JSON.writeValueAsString(body));
    }
}
