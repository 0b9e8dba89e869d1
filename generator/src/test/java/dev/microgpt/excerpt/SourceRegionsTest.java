package dev.microgpt.excerpt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRegionsTest {
    @TempDir
    Path temp;

    @Test
    void aPythonRegionIsFoundUnderTheJavaClassNameInSnakeCase() throws IOException {
        Files.writeString(temp.resolve("step1_gradient_descent.py"), "import math\n\n\nclass X:\n    # region mlp\n"
                + "    def mlp(x):\n        return x\n    # endregion\n");
        SourceRegions python = new SourceRegions(temp, "tools/reference", SourceRegions.Language.PYTHON);
        SourceRegions.Region region = python.find("Step1GradientDescent", "mlp").orElseThrow();
        assertThat(region.file()).isEqualTo("tools/reference/step1_gradient_descent.py");
        assertThat(region.fileName()).isEqualTo("step1_gradient_descent.py");
        assertThat(region.firstLine()).isEqualTo(6);
        assertThat(region.lines()).containsExactly("def mlp(x):", "    return x");
        assertThat(python.regionNames("Step1GradientDescent")).containsExactly("mlp");
        assertThat(python.hasClass("Step0Counting")).isFalse();
    }

    @Test
    void aJavaMarkerIsNoPythonRegion() throws IOException {
        Files.writeString(temp.resolve("value.py"), "// region add\nx = 1\n// endregion\n");
        assertThat(new SourceRegions(temp, "t", SourceRegions.Language.PYTHON).find("Value", "add")).isEmpty();
    }

    @Test
    void besideTheModelsJavaTheReferenceIsThePython() throws IOException {
        Path java = Files.createDirectories(temp.resolve("model/src/main/java/dev"));
        Path reference = Files.createDirectories(temp.resolve("tools/reference"));
        Files.writeString(java.resolve("Layers.java"), "// region linear\nint x;\n// endregion\n");
        Files.writeString(reference.resolve("layers.py"), "# region linear\nx = 0\n# endregion\n");
        ExcerptSources sources = ExcerptSources.beside(temp.resolve("model/src/main/java"), "model/src/main/java");
        assertThat(sources.python().find("Layers", "linear").orElseThrow().file())
                .isEqualTo("tools/reference/layers.py");
        assertThat(sources.java().find("Layers", "linear").orElseThrow().lines()).isEqualTo(List.of("int x;"));
    }
}
