package com.acme;

import io.scopekit.target.ControlOperation;
import io.scopekit.target.Coverage;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.Target;
import io.scopekit.target.TargetFactory;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetSession;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Acme's adapter from the ScopeKit Target SPI to its mini-app runtime: a public Target with a no-arg constructor,
 * named as {@code class:com.acme.AcmeTarget}. This stand-in runtime is the kit's reference runtime; a real adapter
 * drives the vendor's own runtime here (docs/target-api.md has a target written from scratch).
 *
 * <p>The class compiles against {@code scopekit-target-api} alone: the reference runtime is looked up by its
 * registered name when the target is created, from the kit that the conformance suite (or the CLI) has on the class
 * path.
 */
public final class AcmeTarget implements Target {
    private final Target runtime = ServiceLoader.load(TargetFactory.class, AcmeTarget.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get).filter(factory -> factory.name().equals("reference")).findFirst()
            .orElseThrow(() -> new IllegalStateException("the kit's reference runtime is not on the class path"))
            .create();

    @Override
    public TargetIdentity identity() {
        return new TargetIdentity("acme-miniapp", "1.0.0", "Acme mini-app runtime (example; reference runtime inside)");
    }

    @Override
    public Set<ControlOperation> controlOperations() {
        return runtime.controlOperations();
    }

    /** Acme's runtime is WeChat's: verify runs these platforms only, without --platform. */
    @Override
    public Coverage coverage() {
        return Coverage.platforms("wechat-miniprogram", "wechat-minigame");
    }

    @Override
    public TargetSession open(SessionConfig config) {
        return runtime.open(config);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
