package io.scopekit.steps;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.scopekit.steps.internal.ScenarioState;
import org.apiguardian.api.API;

/** Opens and closes the per-scenario state. */
@API(status = INTERNAL)
public final class Hooks {
    private final ScenarioState state;

    public Hooks(ScenarioState state) {
        this.state = state;
    }

    @Before
    public void begin(Scenario scenario) {
        state.begin(scenario);
    }

    @After
    public void end() {
        state.end();
    }
}
