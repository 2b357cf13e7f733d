package io.scopekit.steps;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cucumber.java.ParameterType;
import io.scopekit.consent.Answer;
import io.scopekit.harness.Where;
import io.scopekit.steps.internal.ScenarioState;
import org.apiguardian.api.API;

/** Defines the business words of the scenarios: platforms, the user's answers and setting switches. */
@API(status = INTERNAL)
public final class ParameterTypes {
    private final ScenarioState state;

    public ParameterTypes(ScenarioState state) {
        this.state = state;
    }

    /**
     * A platform phrase such as "WeChat mini-program" or "飞书小程序", as the platform specs list them
     * ({@code phrases}). The pattern takes any text without quotes; the specs decide which phrases exist, so an
     * unknown one fails naming every known phrase instead of leaving the step undefined.
     */
    @ParameterType("[^\"]+?")
    public Where platform(String phrase) {
        return state.platform(phrase);
    }

    /** The user's answer to a prompt: "allows"/"denies" (同意/拒绝). */
    @ParameterType("allows|denies|同意|拒绝")
    public Answer verdict(String word) {
        return word.equals("allows") || word.equals("同意") ? Answer.ALLOW : Answer.DENY;
    }

    /** A settings switch position: on/off (打开/关闭). */
    @ParameterType("on|off|打开|关闭")
    public Boolean position(String word) {
        return word.equals("on") || word.equals("打开");
    }

    /** A getSetting tri-state value: true, false or absent (未出现). */
    @ParameterType("true|false|absent|未出现")
    public String tristate(String word) {
        return word.equals("未出现") ? "absent" : word;
    }
}
