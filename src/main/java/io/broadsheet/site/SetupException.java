package io.broadsheet.site;

/**
 * A build that cannot start or cannot be published: a missing folder, an output folder Broadsheet did not create,
 * an unwritable disk. The previous site, if any, is left as it was.
 */
public final class SetupException extends Exception {
    public SetupException(String message) {
        super(message);
    }

    public SetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
