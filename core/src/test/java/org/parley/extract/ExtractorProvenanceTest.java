package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.ExtractorProvenance.Resource;

/**
 * The provenance hash must move when any knowledge file or the user's dictionary changes, and only then: the
 * same bytes give the same hash whatever the path, file system order or packaging (folder or jar).
 */
class ExtractorProvenanceTest {

    @TempDir
    Path dir;

    /** A fake code source with one resource per knowledge folder plus files the provenance must ignore. */
    private Path codeSource(String name, String countries) throws IOException {
        Path root = dir.resolve(name);
        write(root, "org/parley/knowledge/countries.tsv", countries);
        write(root, "org/parley/knowledge/roles.tsv", "role\tsector\npresident\tGOV\n");
        write(root, "org/parley/knowledge/README.md", "docs, not knowledge");
        write(root, "org/parley/knowledge/derive/country_facts.tsv", "an input of a script, not read at run time");
        write(root, "org/parley/cameo/verb_lexicon.tsv", "verb\tcode\nmeet\t036\n");
        write(root, "org/parley/events/modality_cues.tsv", "cue\tmodality\nnot\tnegated\n");
        write(root, "org/parley/quotes/cues.tsv", "said\n");
        write(root, "org/parley/places/gazetteer.tsv.gz", "pretend gzip");
        write(root, "org/parley/other/unrelated.tsv", "not a knowledge folder");
        return root;
    }

    private static void write(Path root, String path, String content) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static final String COUNTRIES = "name\tiso3\nFrance\tFRA\n";

    @Test
    void theSameBytesGiveTheSameHashWhereverTheyLie() throws IOException {
        ExtractorProvenance a = ExtractorProvenance.scan(codeSource("a", COUNTRIES));
        ExtractorProvenance b = ExtractorProvenance.scan(codeSource("b", COUNTRIES));

        assertThat(a).isEqualTo(b);
        assertThat(a.sha256()).matches("[0-9a-f]{64}");
        assertThat(a.resources()).extracting(Resource::name).containsExactly(
                "org/parley/cameo/verb_lexicon.tsv", "org/parley/events/modality_cues.tsv",
                "org/parley/knowledge/countries.tsv", "org/parley/knowledge/roles.tsv",
                "org/parley/places/gazetteer.tsv.gz", "org/parley/quotes/cues.tsv");
    }

    @Test
    void editingOneKnowledgeFileChangesTheHashAndNamesTheFile() throws IOException {
        ExtractorProvenance before = ExtractorProvenance.scan(codeSource("a", COUNTRIES));
        ExtractorProvenance after = ExtractorProvenance.scan(codeSource("b", COUNTRIES + "Mali\tMLI\n"));

        assertThat(after.sha256()).isNotEqualTo(before.sha256());
        List<String> differing = after.resources().stream().filter(r -> !before.resources().contains(r))
                .map(Resource::name).toList();
        assertThat(differing).containsExactly("org/parley/knowledge/countries.tsv");
    }

    @Test
    void filesTheExtractorsDoNotReadDoNotCount() throws IOException {
        Path root = codeSource("a", COUNTRIES);
        ExtractorProvenance before = ExtractorProvenance.scan(root);
        write(root, "org/parley/knowledge/README.md", "edited docs");
        write(root, "org/parley/knowledge/derive/country_facts.tsv", "edited script input");
        write(root, "org/parley/other/unrelated.tsv", "edited");

        assertThat(ExtractorProvenance.scan(root)).isEqualTo(before);
    }

    @Test
    void aJarGivesTheSameProvenanceAsTheFolderItWasPackedFrom() throws IOException {
        Path root = codeSource("a", COUNTRIES);
        Path jar = dir.resolve("core.jar");
        List<Path> files;
        try (var walk = Files.walk(root)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
        Collections.reverse(files);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // reverse order: the hash must not depend on the order of the jar's entries
            for (Path f : files) {
                out.putNextEntry(new JarEntry(root.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }

        assertThat(ExtractorProvenance.scan(jar)).isEqualTo(ExtractorProvenance.scan(root));
    }

    @Test
    void anEmptyKnowledgeFolderIsAnErrorNotAnEmptyHash() throws IOException {
        Path root = codeSource("a", COUNTRIES);
        Files.delete(root.resolve("org/parley/quotes/cues.tsv"));

        assertThatThrownBy(() -> ExtractorProvenance.scan(root)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("org/parley/quotes/");
    }

    @Test
    void aUserDictionaryChangesTheHashOnlyWhenItsBytesChange() {
        ExtractorProvenance base = ExtractorProvenance.of(List.of(Resource.of("org/parley/quotes/cues.tsv",
                "said\n".getBytes(StandardCharsets.UTF_8))));
        byte[] dictionary = "name,code\nJane Roe,USAGOV\n".getBytes(StandardCharsets.UTF_8);

        ExtractorProvenance withDictionary = base.withResource(ExtractorProvenance.USER_ACTORS, dictionary);
        ExtractorProvenance again = base.withResource(ExtractorProvenance.USER_ACTORS, dictionary.clone());
        ExtractorProvenance edited = base.withResource(ExtractorProvenance.USER_ACTORS,
                "name,code\nJane Roe,USAMIL\n".getBytes(StandardCharsets.UTF_8));

        assertThat(withDictionary.sha256()).isNotEqualTo(base.sha256()).isEqualTo(again.sha256());
        assertThat(edited.sha256()).isNotEqualTo(withDictionary.sha256()).isNotEqualTo(base.sha256());
        assertThat(withDictionary.resources()).extracting(Resource::name)
                .containsExactly("org/parley/quotes/cues.tsv", "user/actors");
    }

    @Test
    void aHashThatDoesNotMatchItsResourcesIsRefused() {
        Resource r = Resource.of("org/parley/quotes/cues.tsv", new byte[] {1, 2, 3});
        String wrong = "0".repeat(64);

        assertThatThrownBy(() -> new ExtractorProvenance(List.of(r), wrong))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(wrong);
        assertThatThrownBy(() -> ExtractorProvenance.of(List.of(r, r)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void theBuiltInProvenanceCoversTheShippedKnowledgeAndIsComputedOnce() {
        ExtractorProvenance builtIn = ExtractorProvenance.builtIn();

        assertThat(builtIn).isSameAs(ExtractorProvenance.builtIn());
        assertThat(builtIn.resources()).extracting(Resource::name).contains(
                "org/parley/cameo/cameo_codes.tsv", "org/parley/cameo/verb_lexicon.tsv",
                "org/parley/events/modality_cues.tsv", "org/parley/knowledge/countries.tsv",
                "org/parley/places/gazetteer.tsv.gz", "org/parley/quotes/cues.tsv")
                .noneMatch(n -> n.contains("README") || n.contains("/derive/"));
    }

    @Test
    void anExtractorBuiltWithADictionaryFileRecordsItsBytes() throws IOException {
        Path dictionary = dir.resolve("actors.csv");
        Files.writeString(dictionary, "name,kind,country,code\nJane Roe,person,USA,USAGOV\n");

        ExtractorProvenance p = ArticleExtractor.withBuiltInKnowledge(dictionary).provenance().orElseThrow();

        assertThat(p).isEqualTo(ExtractorProvenance.builtIn().withResource(ExtractorProvenance.USER_ACTORS,
                Files.readAllBytes(dictionary)));
        assertThat(ArticleExtractor.withBuiltInKnowledge().provenance()).contains(ExtractorProvenance.builtIn());
    }

    @Test
    void aDictionaryThatIsNotUtf8IsRefusedWithItsName() throws IOException {
        Path dictionary = dir.resolve("latin1.csv");
        Files.write(dictionary, new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> ArticleExtractor.withBuiltInKnowledge(dictionary)).isInstanceOf(IOException.class)
                .hasMessageContaining("latin1.csv").hasMessageContaining("UTF-8");
    }
}
