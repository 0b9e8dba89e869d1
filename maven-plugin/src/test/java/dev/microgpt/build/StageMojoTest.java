package dev.microgpt.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The build's stages run in JVMs of their own; a failure is the stage's own lines, not a trace. */
class StageMojoTest {
    @Test
    void aFailedStageFailsTheBuildWithItsOwnLinesEachAtTheStartOfALine() {
        StageMojo mojo = stage(Stages.Failing.class, "content");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("\ncontent/step-0/01-dataset.md:3: unknown widget 'pair-steper'\n"
                        + "content/step-0/02-tokenizer.md:9: the binding {{ step0.loss }} has no value")
                .hasNoCause();
    }

    @Test
    void aStageThatSaysNothingIsNamedWithItsExitStatus() {
        assertThatThrownBy(stage(Stages.Silent.class)::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("\nStages$Silent stopped with exit status 3");
    }

    @Test
    void aStageThatSucceedsPrintsItsWarningsAndPassesItsArguments() throws Exception {
        StageMojo mojo = stage(Stages.Warning.class, "two", "words");
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            mojo.execute();
        } finally {
            System.setErr(before);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualToIgnoringNewLines("warning: two words");
    }

    @Test
    void aSkippedStageDoesNotRun() throws Exception {
        StageMojo mojo = stage(Stages.Silent.class);
        mojo.skip = true;
        mojo.execute();
    }

    @Test
    void theStageRunsOnTheJdkMavenRunsOnWithItsOwnOptions() {
        StageMojo mojo = stage(Stages.Warning.class, "x");
        mojo.jvmArguments = List.of("-XX:+UseSerialGC");
        assertThat(mojo.command()).startsWith(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-classpath").endsWith(Stages.Warning.class.getName(), "x");
    }

    private static StageMojo stage(Class<?> main, String... arguments) {
        StageMojo mojo = new StageMojo();
        try {
            mojo.classpath = List.of(Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        mojo.mainClass = main.getName();
        mojo.arguments = List.of(arguments);
        return mojo;
    }
}
