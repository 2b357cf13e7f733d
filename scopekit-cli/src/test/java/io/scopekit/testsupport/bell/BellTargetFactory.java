package io.scopekit.testsupport.bell;

/** The third domain's factory SPI, registered for {@link java.util.ServiceLoader} as the kit's own factories are. */
public interface BellTargetFactory {

    /** The name {@code --target} selects the factory's bell by. */
    String name();

    /** Creates the bell. */
    BellTarget create();
}
