package io.broadsheet.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The names of every file and folder in a site, relative to the site folder with {@code /} separators. */
final class SiteFiles {
    private final List<String> files;
    private final Set<String> fileSet;
    private final Set<String> folders;

    private SiteFiles(List<String> files, Set<String> folders) {
        this.files = List.copyOf(files);
        this.fileSet = Set.copyOf(files);
        this.folders = Set.copyOf(folders);
    }

    static SiteFiles list(Path site) throws IOException {
        List<String> files = new ArrayList<>();
        Set<String> folders = new HashSet<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.forEach(path -> {
                if (path.equals(site)) return;
                String name = relative(site, path);
                if (Files.isDirectory(path)) folders.add(name);
                else files.add(name);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files.sort(null);
        return new SiteFiles(files, folders);
    }

    private static String relative(Path site, Path path) {
        List<String> names = new ArrayList<>();
        for (Path name : site.relativize(path)) names.add(name.toString());
        return String.join("/", names);
    }

    /** Every file, sorted. */
    List<String> files() {
        return files;
    }

    boolean isFile(String path) {
        return fileSet.contains(path);
    }

    boolean isFolder(String path) {
        return path.isEmpty() || folders.contains(path);
    }

    /** The index page that a server shows for a folder. */
    static String indexOf(String folder) {
        return folder.isEmpty() ? "index.html" : folder + "/index.html";
    }

    /** A folder as shown in messages. */
    static String shownFolder(String folder) {
        return folder.isEmpty() ? "the site folder" : folder + "/";
    }
}
