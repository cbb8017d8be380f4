package io.broadsheet.parse;

/**
 * A dump that is not a Python list or tuple of strings, with the position of the first offending character.
 * Its message reads {@code file:line:col: reason}, lines and columns counted from 1.
 */
public final class DumpSyntaxException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public DumpSyntaxException(String file, int line, int column, String reason) {
        super(file + ":" + line + ":" + column + ": " + reason);
        if (line < 1 || column < 1) throw new IllegalArgumentException("positions count from 1");
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The file name as given to the parser. */
    public String file() { return file; }

    /** The line of the offending character, from 1. */
    public int line() { return line; }

    /** The column of the offending character, in code points from 1. */
    public int column() { return column; }

    /** What is wrong, without the position. */
    public String reason() { return reason; }
}
