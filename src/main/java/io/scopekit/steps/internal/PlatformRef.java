package io.scopekit.steps.internal;

import java.util.Locale;
import java.util.Map;

/**
 * Names where a scenario runs: a platform spec id, the container of a port, and the app kind.
 *
 * @param platform  platform spec id
 * @param container port container id, or {@code null}
 * @param appKind   {@code mini-program} or {@code mini-game}
 */
public record PlatformRef(String platform, String container, String appKind) {

    /** The platform phrases scenarios use, in English and Chinese; the regex of the {@code {platform}} type. */
    public static final String PHRASES = "Feishu gadget|飞书小程序|WeChat mini-program|WeChat mini-game"
            + "|Alipay mini-program|ByteDance mini-program|Baidu mini-program|Kuaishou mini-program";

    private static final Map<String, PlatformRef> BY_PHRASE = Map.of(
            "feishu gadget", new PlatformRef("feishu-gadget", null, "mini-program"),
            "飞书小程序", new PlatformRef("feishu-gadget", null, "mini-program"),
            "wechat mini-program", new PlatformRef("wechat-miniprogram", null, "mini-program"),
            "wechat mini-game", new PlatformRef("wechat-minigame", null, "mini-game"),
            "alipay mini-program", new PlatformRef("alipay", null, "mini-program"),
            "bytedance mini-program", new PlatformRef("bytedance", null, "mini-program"),
            "baidu mini-program", new PlatformRef("baidu", null, "mini-program"),
            "kuaishou mini-program", new PlatformRef("kuaishou", null, "mini-program"));

    /** Resolves a phrase of {@link #PHRASES}. */
    public static PlatformRef fromPhrase(String phrase) {
        PlatformRef ref = BY_PHRASE.get(phrase.trim().toLowerCase(Locale.ROOT));
        if (ref == null) {
            throw new IllegalArgumentException("unknown platform '" + phrase + "' (expected one of: " + PHRASES + ")");
        }
        return ref;
    }

    /** Returns the @uni/authorize port running in {@code container}. */
    public static PlatformRef uniAuthorize(String container) {
        return new PlatformRef("uni-authorize", container, "mini-program");
    }
}
