package io.broadsheet.evaluate;

/**
 * How the classifier and the keep-everything baseline did on one dump.
 *
 * @param fileName the dump's file name
 * @param language the language the classifier found
 * @param classifier the classifier's tally
 * @param baseline the tally of keeping every paragraph
 */
public record DumpResult(String fileName, String language, Tally classifier, Tally baseline) {}
