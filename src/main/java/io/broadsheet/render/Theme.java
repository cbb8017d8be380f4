package io.broadsheet.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The templates and assets a site is made with: those in the user's templates folder, and for anything
 * missing there, the default theme packaged in the jar.
 *
 * <p>The default theme is the repository's top-level {@code templates/} folder, which the build packages as
 * classpath resources under {@value #PACKAGED_ROOT}.
 */
public final class Theme {
    /** Where the build puts the default theme on the classpath. */
    static final String PACKAGED_ROOT = "broadsheet/templates/";
    private static final String ASSETS = "assets/";
    /** A file every default theme has; locates the packaged theme whether it is in a folder or in a jar. */
    private static final String ANCHOR = "layout.html";

    private final Optional<Path> folder;
    private final ClassLoader classLoader;

    private Theme(Optional<Path> folder, ClassLoader classLoader) {
        this.folder = folder;
        this.classLoader = classLoader;
    }

    /**
     * A theme read from the given folder, falling back to the packaged default for what it lacks.
     *
     * @throws IllegalArgumentException if the folder is not a directory
     */
    public static Theme of(Path folder) {
        return of(folder, Theme.class.getClassLoader());
    }

    /** The packaged default theme alone, for sites made without a templates folder. */
    public static Theme defaults() {
        return new Theme(Optional.empty(), Theme.class.getClassLoader());
    }

    /** As {@link #of(Path)}, with the default theme looked up in the given class loader. */
    static Theme of(Path folder, ClassLoader classLoader) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(classLoader, "classLoader");
        if (!Files.isDirectory(folder)) throw new IllegalArgumentException("not a templates folder: " + folder);
        return new Theme(Optional.of(folder.toAbsolutePath().normalize()), classLoader);
    }

    /** As {@link #defaults()}, with the default theme looked up in the given class loader. */
    static Theme defaults(ClassLoader classLoader) {
        return new Theme(Optional.empty(), Objects.requireNonNull(classLoader, "classLoader"));
    }

    /**
     * A template engine that finds each template first in the user's folder, then in the packaged theme.
     * Templates are cached per engine, and every renderer builds its own engine, so themes never mix.
     */
    TemplateEngine newTemplateEngine() {
        TemplateEngine engine = new TemplateEngine();
        if (folder.isPresent()) {
            FileTemplateResolver user = new FileTemplateResolver();
            configure(user, folder.get() + folder.get().getFileSystem().getSeparator());
            // Without the existence check the file resolver would claim every name and the fallback would never run.
            user.setCheckExistence(true);
            user.setOrder(1);
            engine.addTemplateResolver(user);
        }
        ClassLoaderTemplateResolver packaged = new ClassLoaderTemplateResolver(classLoader);
        configure(packaged, PACKAGED_ROOT);
        packaged.setCheckExistence(true);
        packaged.setOrder(2);
        engine.addTemplateResolver(packaged);
        return engine;
    }

    private static void configure(AbstractConfigurableTemplateResolver resolver, String prefix) {
        resolver.setPrefix(prefix);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
    }

    /** Every asset file (stylesheets, images) by its path relative to {@code assets/}, sorted. */
    public SortedMap<String, byte[]> assets() {
        SortedMap<String, byte[]> assets = new TreeMap<>();
        readPackagedAssets(assets);
        folder.ifPresent(f -> readFolder(f.resolve("assets"), assets));
        return assets;
    }

    private void readPackagedAssets(SortedMap<String, byte[]> into) {
        URL anchor = classLoader.getResource(PACKAGED_ROOT + ANCHOR);
        if (anchor == null) throw new IllegalStateException("the default theme is missing from the classpath");
        try {
            switch (anchor.getProtocol()) {
                case "file" -> readFolder(Paths.get(anchor.toURI()).getParent().resolve("assets"), into);
                case "jar" -> readJar(anchor, into);
                default -> throw new IllegalStateException("cannot list the default theme at " + anchor);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad location of the default theme: " + anchor, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readJar(URL anchor, SortedMap<String, byte[]> into) throws IOException {
        URLConnection connection = anchor.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IllegalStateException("cannot list the default theme at " + anchor);
        }
        // A cached JarFile is shared with the class loader; closing it would break later class loading.
        jarConnection.setUseCaches(false);
        String prefix = PACKAGED_ROOT + ASSETS;
        try (JarFile jar = jarConnection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) continue;
                try (InputStream in = jar.getInputStream(entry)) {
                    into.put(entry.getName().substring(prefix.length()), in.readAllBytes());
                }
            }
        }
    }

    private static void readFolder(Path assets, SortedMap<String, byte[]> into) {
        if (!Files.isDirectory(assets)) return;
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                into.put(relativeName(assets, file), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relativeName(Path root, Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (!name.isEmpty()) name.append('/');
            name.append(part);
        }
        return name.toString();
    }
}
