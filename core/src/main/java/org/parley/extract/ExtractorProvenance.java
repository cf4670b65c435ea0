package org.parley.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Which knowledge an extractor ran with: the SHA-256 of every lexicon, codebook, gazetteer and dictionary it read,
 * in a fixed order, and one SHA-256 over them all ({@link #sha256()}). The store keeps that hash with every
 * article, so that after a user edits a dictionary or the lexicon the articles coded with the old knowledge can be
 * found and coded again ({@code parley recode --only-stale}).
 *
 * <p>The built-in part covers every {@code .tsv} and {@code .tsv.gz} file directly inside Parley's knowledge
 * folders ({@link #BUILT_IN_FOLDERS}) of the code source that holds this class (the core jar, or its classes
 * folder in a build), found by listing rather than by a fixed list of names, so a resource added later is covered
 * without anyone remembering to register it. READMEs and the derivation inputs in subfolders are not read by the
 * extractors and are left out. The code itself is not hashed: the Parley version stored beside the hash covers it.
 *
 * <p>The overall hash is SHA-256 over the UTF-8 lines {@code name TAB sha256-of-bytes LF}, one per resource in
 * order (built-in resources sorted by path, then user resources in the order added). Hashing per resource first
 * lets the provenance say which resource differs, and lets a user file be added without reading the 3.5 MB
 * gazetteer again. A user resource is named by its role ({@code user/actors}), not its path: moving an unchanged
 * dictionary does not make every article stale.
 *
 * <p>Immutable and thread-safe. {@link #builtIn()} reads the resources once per process.
 *
 * @param resources every resource that went in, in hashing order
 * @param sha256    the SHA-256 over {@code resources} as described above, lower-case hex
 */
public record ExtractorProvenance(List<Resource> resources, String sha256) {

    /** The knowledge folders whose resource files the built-in provenance covers, as class-path paths. */
    public static final List<String> BUILT_IN_FOLDERS = List.of("org/parley/cameo/", "org/parley/events/",
            "org/parley/knowledge/", "org/parley/places/", "org/parley/quotes/");

    /** The name under which a user's actor dictionary ({@code --actors FILE}) joins the provenance. */
    public static final String USER_ACTORS = "user/actors";

    /**
     * One resource: where it came from and the SHA-256 of its bytes.
     *
     * @param name   class-path path of a built-in resource, or the role of a user resource ({@code user/...})
     * @param sha256 SHA-256 of the bytes, lower-case hex
     */
    public record Resource(String name, String sha256) {

        public Resource {
            if (name == null || name.isBlank() || name.contains("\t") || name.contains("\n")) {
                throw new IllegalArgumentException("a resource name must be non-blank, without tabs or line breaks: '"
                        + name + "'");
            }
            checkHex(sha256, "resource " + name);
        }

        /** The resource {@code name} holding {@code bytes}. */
        public static Resource of(String name, byte[] bytes) {
            return new Resource(name, hex(newDigest().digest(bytes)));
        }
    }

    public ExtractorProvenance {
        resources = List.copyOf(resources);
        Set<String> names = new HashSet<>();
        for (Resource r : resources) {
            if (!names.add(r.name())) {
                throw new IllegalArgumentException("resource " + r.name() + " is listed twice");
            }
        }
        checkHex(sha256, "provenance");
        String expected = overall(resources);
        if (!expected.equals(sha256)) {
            throw new IllegalArgumentException("provenance hash " + sha256 + " is not that of its resources, " + expected);
        }
    }

    /** The provenance of {@code resources}, in that order. */
    public static ExtractorProvenance of(List<Resource> resources) {
        return new ExtractorProvenance(resources, overall(resources));
    }

    /**
     * The built-in knowledge Parley ships, read from the code source of this class once per process.
     *
     * @throws IllegalStateException when the resources cannot be listed or a knowledge folder is empty
     */
    public static ExtractorProvenance builtIn() {
        return BuiltIn.PROVENANCE;
    }

    /** This provenance with one more resource, {@code bytes} named {@code name}, hashed after the others. */
    public ExtractorProvenance withResource(String name, byte[] bytes) {
        List<Resource> more = new ArrayList<>(resources);
        more.add(Resource.of(name, bytes));
        return of(more);
    }

    /**
     * The provenance of the knowledge files inside {@code codeSource}, a folder of classes or a jar, laid out as
     * on the class path.
     *
     * @throws UncheckedIOException  when it cannot be read
     * @throws IllegalStateException when one of {@link #BUILT_IN_FOLDERS} holds no resource file there: hashing
     *                               nothing would make every provenance look the same
     */
    static ExtractorProvenance scan(Path codeSource) {
        // sorted by path: the order must not depend on the file system or the jar's entry order
        TreeMap<String, byte[]> files = new TreeMap<>();
        try {
            if (Files.isDirectory(codeSource)) {
                for (String folder : BUILT_IN_FOLDERS) {
                    Path dir = codeSource.resolve(folder);
                    if (!Files.isDirectory(dir)) {
                        continue;
                    }
                    try (Stream<Path> list = Files.list(dir)) {
                        for (Path p : list.filter(Files::isRegularFile).toList()) {
                            String name = folder + p.getFileName();
                            if (isKnowledgeFile(name)) {
                                files.put(name, Files.readAllBytes(p));
                            }
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(codeSource.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        JarEntry entry = e.nextElement();
                        if (!entry.isDirectory() && isKnowledgeFile(entry.getName())) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.put(entry.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Parley's knowledge resources in " + codeSource, e);
        }
        for (String folder : BUILT_IN_FOLDERS) {
            if (files.keySet().stream().noneMatch(n -> n.startsWith(folder))) {
                throw new IllegalStateException("no knowledge resource in " + folder + " of " + codeSource);
            }
        }
        List<Resource> resources = new ArrayList<>();
        files.forEach((name, bytes) -> resources.add(Resource.of(name, bytes)));
        return of(resources);
    }

    /** A resource file directly inside one of the knowledge folders (not in a subfolder). */
    private static boolean isKnowledgeFile(String path) {
        if (!path.endsWith(".tsv") && !path.endsWith(".tsv.gz")) {
            return false;
        }
        for (String folder : BUILT_IN_FOLDERS) {
            if (path.startsWith(folder) && path.indexOf('/', folder.length()) < 0) {
                return true;
            }
        }
        return false;
    }

    private static String overall(List<Resource> resources) {
        MessageDigest digest = newDigest();
        for (Resource r : resources) {
            digest.update((r.name() + "\t" + r.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return hex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static void checkHex(String sha256, String what) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(what + ": SHA-256 must be 64 lower-case hex digits, not '" + sha256 + "'");
        }
    }

    /** Reads the built-in resources on first use only (class initialization is lazy and thread-safe). */
    private static final class BuiltIn {
        static final ExtractorProvenance PROVENANCE = scan(codeSource());

        private static Path codeSource() {
            CodeSource source = ExtractorProvenance.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                throw new IllegalStateException("cannot tell where Parley's classes were loaded from");
            }
            try {
                return Path.of(source.getLocation().toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IllegalStateException("Parley's classes come from " + source.getLocation()
                        + ", not a file or folder: cannot list its knowledge resources", e);
            }
        }
    }
}
