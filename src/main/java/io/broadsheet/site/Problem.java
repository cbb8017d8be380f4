package io.broadsheet.site;

import java.util.Objects;

/**
 * Something wrong with one input file, reported to the user in the {@code file:line:col: reason} form.
 *
 * @param file    the file's path as shown to the user, already made safe to print
 * @param line    line of the offending character, from 1, or 0 when the problem has no position
 * @param column  column of the offending character, from 1, or 0 when the problem has no position
 * @param message what is wrong
 */
public record Problem(String file, int line, int column, String message) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** A problem with a whole file rather than a position in it. */
    public static Problem of(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
