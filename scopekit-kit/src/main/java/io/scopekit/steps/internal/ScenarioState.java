package io.scopekit.steps.internal;

import io.scopekit.consent.Aspect;
import io.scopekit.oracle.Decision;
import io.scopekit.target.Observation;
import io.scopekit.permission.PermissionAspect;
import io.scopekit.oracle.PermissionDecision;
import io.scopekit.permission.PlatformObservation;
import io.scopekit.target.WireExchange;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import io.cucumber.java.Scenario;
import io.scopekit.check.CheckCodec;
import io.scopekit.check.CheckRecord;
import io.scopekit.harness.CheckRecorder;
import io.scopekit.domain.consent.Conversation;
import io.scopekit.domain.permission.PermissionConversation;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.RunSettings;
import io.scopekit.harness.ScenarioLabels;
import io.scopekit.harness.Where;

/**
 * Holds one scenario's conversation with the target and its check recorder; the step classes share it.
 *
 * <p>cucumber-picocontainer creates one instance per scenario and injects it into every step class of that
 * scenario. The run's resources come from the configuration parameters of the run in progress.
 */
public final class ScenarioState {
    /** The media type of the attachment holding a scenario's requests and answers to a network target. */
    public static final String EXCHANGES_MEDIA_TYPE = "application/vnd.scopekit.exchanges+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Scenario scenario;
    private RunResources resources;
    private Conversation conversation;
    private PermissionConversation platformConversation;
    private CheckRecorder<Aspect, Decision, Observation> checks;
    private CheckRecorder<PermissionAspect, PermissionDecision, PlatformObservation> permissionChecks;

    /** Starts the scenario: its conversation and recorder, whose records are attached to the scenario. */
    public void begin(Scenario scenario) {
        this.scenario = scenario;
        this.resources = RunResources.shared(RunSettings.captured());
        this.conversation = new Conversation(resources);
        // Neither conversation opens a session before its first step, so a scenario pays only for the one it uses.
        this.platformConversation = new PermissionConversation(resources);
        ScenarioLabels labels = ScenarioLabels.fromTags(scenario.getSourceTagNames());
        this.checks = new CheckRecorder<>(conversation, labels, this::attach);
        this.permissionChecks = new CheckRecorder<>(platformConversation, labels, this::attach);
    }

    /**
     * Ends the scenario's target sessions and attaches what crossed the wire to a network target, if anything did
     * (media type {@value #EXCHANGES_MEDIA_TYPE}; the report writers redact it like every attachment).
     */
    public void end() {
        List<WireExchange> exchanges = new ArrayList<>();
        if (conversation != null) {
            conversation.close();
            exchanges.addAll(conversation.drainWireExchanges());
        }
        if (platformConversation != null) {
            platformConversation.close();
            exchanges.addAll(platformConversation.drainWireExchanges());
        }
        if (!exchanges.isEmpty() && scenario != null) {
            scenario.attach(exchangesJson(exchanges), EXCHANGES_MEDIA_TYPE, "exchanges");
        }
    }

    /** The exchanges of one scenario as JSON: {@code {"exchanges":[{method, path, request, status, ...}]}}. */
    static String exchangesJson(List<WireExchange> exchanges) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("exchanges");
        for (WireExchange x : exchanges) {
            ObjectNode n = list.addObject();
            n.put("method", x.method());
            n.put("path", x.path());
            n.put("request", x.request());
            n.put("status", x.status());
            n.put("response", x.response());
            n.put("started", x.started().toString());
            n.put("millis", Math.round(x.millis() * 1000) / 1000.0);
            n.put("failure", x.failure());
        }
        return JSON.writeValueAsString(root);
    }

    public Conversation conversation() {
        return conversation;
    }

    /** The scenario's conversation with the permission platform (open-platform scenarios). */
    public PermissionConversation platformConversation() {
        return platformConversation;
    }

    public CheckRecorder<Aspect, Decision, Observation> checks() {
        return checks;
    }

    /** The recorder of the scenario's permission-platform checks. */
    public CheckRecorder<PermissionAspect, PermissionDecision, PlatformObservation> permissionChecks() {
        return permissionChecks;
    }

    /** Resolves a platform phrase against the run's specs. */
    public Where platform(String phrase) {
        return (resources != null ? resources : RunResources.shared(RunSettings.captured())).platformForPhrase(phrase);
    }

    private void attach(CheckRecord record) {
        scenario.attach(CheckCodec.toJson(record), CheckRecord.MEDIA_TYPE, "check");
    }
}
