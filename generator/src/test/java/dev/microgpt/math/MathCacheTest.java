package dev.microgpt.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formula cache between builds: the same HTML as KaTeX's, and never a wrong page from a bad file. */
class MathCacheTest {
    @TempDir
    Path temp;

    @Test
    void aSecondBuildTakesEveryFormulaFromTheCacheWithoutStartingKatex() {
        Path file = temp.resolve("math-cache.bin");
        String inline;
        String display;
        try (Katex first = new Katex(file)) {
            inline = first.render("p_i = e^{z_i}", false);
            display = first.render("\\sum_j p_j = 1", true);
            assertThat(first.renderedCount()).isEqualTo(2);
        }
        try (Katex second = new Katex(file)) {                    // KaTeX is never started here
            assertThat(second.render("p_i = e^{z_i}", false)).isEqualTo(inline);
            assertThat(second.render("\\sum_j p_j = 1", true)).isEqualTo(display);
            assertThat(second.renderedCount()).isZero();
        }
        assertThat(MathCache.read(file, Katex.FINGERPRINT)).containsOnlyKeys(   // display mode is part of the key
                new Katex.Key("p_i = e^{z_i}", false), new Katex.Key("\\sum_j p_j = 1", true));
    }

    @Test
    void theCacheKeepsOnlyWhatTheLastBuildUsed() {
        Path file = temp.resolve("math-cache.bin");
        MathCache.write(file, Katex.FINGERPRINT, java.util.Map.of(new Katex.Key("a", false), "<a>",
                new Katex.Key("b", false), "<b>"));
        try (Katex second = new Katex(file)) {
            assertThat(second.render("b", false)).isEqualTo("<b>");      // from the file, as it is
        }
        assertThat(MathCache.read(file, Katex.FINGERPRINT)).containsOnlyKeys(new Katex.Key("b", false));
    }

    @Test
    void aDamagedOrForeignFileReadsAsEmpty() throws IOException {
        Path file = temp.resolve("math-cache.bin");
        MathCache.write(file, Katex.FINGERPRINT, Map.of(new Katex.Key("x", false), "<span>x</span>"));
        byte[] whole = Files.readAllBytes(file);
        assertThat(MathCache.read(file, Katex.FINGERPRINT)).hasSize(1);
        assertThat(MathCache.read(file, "another KaTeX")).isEmpty();
        for (int cut = 0; cut < whole.length; cut++) {
            Files.write(file, Arrays.copyOf(whole, cut));
            assertThat(MathCache.read(file, Katex.FINGERPRINT)).as("cut at %d", cut).isEmpty();
        }
        Files.write(file, Arrays.copyOf(whole, whole.length + 1));
        assertThat(MathCache.read(file, Katex.FINGERPRINT)).isEmpty();
        Files.writeString(file, "not a cache at all");
        assertThat(MathCache.read(file, Katex.FINGERPRINT)).isEmpty();
        assertThat(MathCache.read(temp.resolve("missing.bin"), Katex.FINGERPRINT)).isEmpty();
        assertThat(MathCache.read(temp, Katex.FINGERPRINT)).isEmpty();                  // a folder
    }
}
