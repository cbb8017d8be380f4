package io.broadsheet.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a folder tree into memory, for comparing two builds byte for byte. */
public final class Trees {
    private Trees() {}

    /** Every regular file under the root, by its path relative to the root with {@code /} separators. */
    public static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** The relative paths whose bytes differ between two trees, or that only one of them has. */
    public static java.util.List<String> differences(Map<String, byte[]> a, Map<String, byte[]> b) {
        java.util.TreeSet<String> paths = new java.util.TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        return paths.stream()
                .filter(p -> !a.containsKey(p) || !b.containsKey(p) || !java.util.Arrays.equals(a.get(p), b.get(p)))
                .toList();
    }
}
