package io.broadsheet.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML checker (the validator behind validator.w3.org/nu) with its HTML5 schema loaded once.
 *
 * <p>Not thread-safe: the checker keeps per-document state, so each worker thread owns one.
 */
public final class HtmlValidator {
    /** The schema the Nu command line and web service use for text/html. */
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Errors errors = new Errors();

    /** A checker with the HTML5 schema loaded. */
    public HtmlValidator() {
        // No log4j set-up, no URL logging, no language detection (its findings are only warnings).
        validator = new SimpleDocumentValidator(false, false, false);
        try {
            validator.setUpMainSchema(HTML5_SCHEMA, errors);
            // Buffered rather than streaming parsing, so that parse errors are reported and checking goes on.
            validator.setUpValidatorAndParsers(errors, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the Nu HTML checker's schema: " + e, e);
        }
        errors.found.clear();
    }

    /** The checker's errors (warnings are left out) about one page, in document order. */
    public List<LineMessage> errors(byte[] page, String name) {
        errors.found.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(page));
        source.setSystemId(name);
        try {
            validator.checkHtmlInputSource(source);
        } catch (SAXParseException e) {
            errors.record(e);
        } catch (SAXException | IOException e) {
            errors.found.add(new LineMessage(0, "the HTML checker stopped: " + e.getMessage()));
        }
        List<LineMessage> result = List.copyOf(errors.found);
        errors.found.clear();
        return result;
    }

    /** Collects errors and fatal errors; the checker calls it for every finding. */
    private static final class Errors implements ErrorHandler {
        final List<LineMessage> found = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // Warnings are advice, not invalidity.
        }

        @Override
        public void error(SAXParseException e) {
            record(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            record(e);
        }

        void record(SAXParseException e) {
            LineMessage message = new LineMessage(Math.max(e.getLineNumber(), 0), e.getMessage());
            // A fatal error may be both reported and thrown.
            if (found.isEmpty() || !found.get(found.size() - 1).equals(message)) found.add(message);
        }
    }
}
