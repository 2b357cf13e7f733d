package io.scopekit.cli;

import picocli.CommandLine.Option;

/** The {@code --port} of the commands that listen on 127.0.0.1 ({@code serve}, {@code simulate}). */
final class PortOption {
    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port on 127.0.0.1 (default: any free port, printed on start).")
    int port;

    /**
     * Returns the port, 0 for any free one.
     *
     * @throws CliFailure bad input when it is outside 0..65535
     */
    int checked() {
        if (port < 0 || port > 65_535) {
            throw CliFailure.badInput("--port " + port + " is not a port; expected 0..65535");
        }
        return port;
    }
}
