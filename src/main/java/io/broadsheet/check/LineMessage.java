package io.broadsheet.check;

/**
 * A finding at a line of a file, before it becomes a {@link SiteProblem}.
 *
 * @param line from 1, or 0 for the whole file
 */
record LineMessage(int line, String message) {
    String text() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
