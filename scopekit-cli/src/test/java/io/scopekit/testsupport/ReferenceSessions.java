package io.scopekit.testsupport;

import io.scopekit.consent.Answer;
import io.scopekit.consent.PromptKind;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.reference.DeviceOs;
import io.scopekit.target.reference.ReferenceSession;
import io.scopekit.target.reference.ReferenceTarget;

/** Opens reference-runtime sessions for tests with fixed app, user and device ids. */
public final class ReferenceSessions {
    public static final String APP = "app-1";
    public static final String USER = "user-1";
    public static final String DEVICE = "device-1";

    private ReferenceSessions() {}

    public static ReferenceSession open(String platform, String appKind, String clientVersion) {
        return open(DeviceOs.ANDROID, platform, null, appKind, clientVersion);
    }

    public static ReferenceSession openPort(String port, String container) {
        return open(DeviceOs.ANDROID, port, container, "mini-program", null);
    }

    public static ReferenceSession open(DeviceOs os, String platform, String container, String appKind,
                                        String clientVersion) {
        return new ReferenceTarget(os).open(
                new SessionConfig(platform, container, appKind, clientVersion, APP, USER, DEVICE));
    }

    /** Scripts {@code answer} for the next consent prompt and returns the session. */
    public static ReferenceSession answering(ReferenceSession session, Answer answer) {
        session.script(PromptKind.CONSENT, answer);
        return session;
    }
}
