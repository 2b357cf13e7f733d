package io.scopekit.steps.internal;

import io.cucumber.java.Scenario;
import io.scopekit.check.CheckCodec;
import io.scopekit.check.CheckRecord;
import io.scopekit.harness.CheckRecorder;
import io.scopekit.harness.Conversation;
import io.scopekit.harness.PlatformConversation;
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
    private Scenario scenario;
    private RunResources resources;
    private Conversation conversation;
    private PlatformConversation platformConversation;
    private CheckRecorder checks;

    /** Starts the scenario: its conversation and recorder, whose records are attached to the scenario. */
    public void begin(Scenario scenario) {
        this.scenario = scenario;
        this.resources = RunResources.shared(RunSettings.captured());
        this.conversation = new Conversation(resources);
        // Neither conversation opens a session before its first step, so a scenario pays only for the one it uses.
        this.platformConversation = new PlatformConversation(resources);
        this.checks = new CheckRecorder(conversation, platformConversation,
                ScenarioLabels.fromTags(scenario.getSourceTagNames()), this::attach);
    }

    /** Ends the scenario's target session. */
    public void end() {
        if (conversation != null) {
            conversation.close();
        }
        if (platformConversation != null) {
            platformConversation.close();
        }
    }

    public Conversation conversation() {
        return conversation;
    }

    /** The scenario's conversation with the permission platform (open-platform scenarios). */
    public PlatformConversation platformConversation() {
        return platformConversation;
    }

    public CheckRecorder checks() {
        return checks;
    }

    /** Resolves a platform phrase against the run's specs. */
    public Where platform(String phrase) {
        return (resources != null ? resources : RunResources.shared(RunSettings.captured())).platformForPhrase(phrase);
    }

    private void attach(CheckRecord record) {
        scenario.attach(CheckCodec.toJson(record), CheckRecord.MEDIA_TYPE, "check");
    }
}
