package io.broadsheet.article;

/**
 * A sidecar file that is not valid: malformed JSON, an unknown field, or a value of the wrong form. Its message
 * names the file and the field.
 */
public final class SidecarException extends Exception {
    private final String file;
    private final String field;
    private final String reason;

    /**
     * @param file   the sidecar's file name, as given to the reader
     * @param field  the offending field, or an empty string when the file as a whole is wrong
     * @param reason what is wrong
     */
    public SidecarException(String file, String field, String reason) {
        super(file + (field.isEmpty() ? "" : ": field \"" + field + "\"") + ": " + reason);
        this.file = file;
        this.field = field;
        this.reason = reason;
    }

    /** The sidecar's file name. */
    public String file() { return file; }

    /** The offending field, or an empty string when the file as a whole is wrong. */
    public String field() { return field; }

    /** What is wrong, without the file and field. */
    public String reason() { return reason; }
}
