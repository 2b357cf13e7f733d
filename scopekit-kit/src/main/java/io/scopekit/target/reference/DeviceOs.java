package io.scopekit.target.reference;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Chooses which operating system the reference runtime pretends to run on, which decides the denial errMsg.
 *
 * <p>Seed 004 (处理用户拒绝授权) says iOS and Android word the denial differently ('auth deny' / 'auth denied')
 * without saying which is which; the reference runtime uses the first pattern the spec lists on Android and the
 * last on iOS (docs/reference-runtime.md).
 */
@API(status = EXPERIMENTAL)
public enum DeviceOs {
    ANDROID,
    IOS
}
