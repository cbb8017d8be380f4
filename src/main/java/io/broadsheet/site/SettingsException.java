package io.broadsheet.site;

/**
 * A settings file or option that cannot be used: not YAML, an unknown key, a bad value. Its message names the
 * file, line and column (or the option) and the key, in the {@code file:line:col: key: reason} form.
 */
public final class SettingsException extends Exception {
    public SettingsException(String message) {
        super(message);
    }
}
