package io.scopekit.oracle;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.RecordState;
import io.scopekit.testsupport.Oracles;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void smoke() {
        long t0 = System.nanoTime();
        ConsentOracle o = Oracles.embedded();
        System.out.println("startup ms " + (System.nanoTime() - t0) / 1e6);
        Decision d = o.decide(Oracles.on("feishu-gadget").record("scope.userInfo", RecordState.DENIED)
                .doing(Action.callApi("getUserInfo")));
        System.out.println(d);
        d = o.decide(Oracles.on("feishu-gadget").answer(Answer.ALLOW).doing(Action.callApiWithOsPrompt("camera")));
        System.out.println(d);
        d = o.decide(Oracles.on("wechat-miniprogram").record("scope.record", RecordState.DENIED).doing(Action.getSetting()));
        System.out.println(d);
        then(d).isNotNull();
    }
}
