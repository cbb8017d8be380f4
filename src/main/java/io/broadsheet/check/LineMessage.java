package io.broadsheet.check;

/**
 * A finding at a line of a file, before it becomes a {@link SiteProblem}.
 *
 * @param line    from 1, or 0 for the whole file
 * @param message what is wrong
 */
public record LineMessage(int line, String message) {
    /** The finding as {@code line N: message}. */
    public String text() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
