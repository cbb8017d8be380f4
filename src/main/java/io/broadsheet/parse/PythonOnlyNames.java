package io.broadsheet.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Character names CPython 3.11 accepts in {@code \N{...}} but Java 17 does not know: the formal aliases
 * ({@code BOM}, {@code LF}, {@code ZWNBSP}...) and the names added in Unicode 14. Loaded once, on first use of
 * a {@code \N} escape, from {@code python-only-names.txt} next to this class.
 */
final class PythonOnlyNames {
    private PythonOnlyNames() {}

    /** The code point for an upper-case name, or -1. */
    static int lookup(String upperCaseName) {
        return Table.NAMES.getOrDefault(upperCaseName, -1);
    }

    /** Holder idiom: the table is read lazily and is immutable afterwards. */
    private static final class Table {
        static final Map<String, Integer> NAMES = load();

        private static Map<String, Integer> load() {
            Map<String, Integer> names = new HashMap<>();
            try (InputStream in = PythonOnlyNames.class.getResourceAsStream("python-only-names.txt")) {
                if (in == null) throw new IllegalStateException("python-only-names.txt is missing from the jar");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isEmpty() || line.startsWith("#")) continue;
                    int semicolon = line.indexOf(';');
                    names.put(line.substring(semicolon + 1), Integer.parseInt(line, 0, semicolon, 16));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.copyOf(names);
        }
    }
}
