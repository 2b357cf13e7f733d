package io.scopekit.privilege;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Signals a batch export file that is not the documented format, at a line and column. */
@API(status = EXPERIMENTAL)
public final class ExportFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;

    /**
     * Creates the exception; its message is {@code file:line:column: what}.
     *
     * @param file the file as the user named it
     * @param line 1-based line
     * @param column 1-based column
     * @param what what is wrong and what was expected
     */
    public ExportFormatException(String file, int line, int column, String what) {
        super(file + ":" + line + ":" + column + ": " + what);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** Returns the file. */
    public String file() {
        return file;
    }

    /** Returns the 1-based line. */
    public int line() {
        return line;
    }

    /** Returns the 1-based column. */
    public int column() {
        return column;
    }
}
