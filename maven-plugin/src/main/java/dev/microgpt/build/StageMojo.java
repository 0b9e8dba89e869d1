package dev.microgpt.build;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * One stage of the site build (check the lessons, train, generate, the gallery, the preview): a
 * main class of the project's, run in a JVM of its own with the module's runtime classpath.
 *
 * <p>Why a plugin of our own rather than {@code exec-maven-plugin}: when a stage fails, what the
 * maintainer needs is the stage's own {@code file:line: message} lines, and exec prints a
 * 29-frame {@code ExecuteException} trace under them, then "Command execution failed". Here the
 * stage's error output becomes the message of the Maven failure itself, so Maven's closing error
 * block carries those lines and there is no stack trace. Why a JVM of its own rather than the
 * stage inside Maven's: each stage keeps its JVM options (training's collector, huge pages and
 * inlining depth, model/BENCHMARK.md), a stage that calls {@code System.exit} cannot take Maven
 * down, and its classes never meet Maven's.
 *
 * <p>The stage's standard output is the build's, as it happens. Its error output is held until it
 * ends: printed as it is if the stage succeeds (warnings), the failure's message if not. A stage
 * that serves ({@link #liveErrors}, the preview) prints errors as they happen instead. If Maven is
 * stopped, the stage is stopped with it.
 */
@Mojo(name = "run", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public final class StageMojo extends AbstractMojo {
    /** The module's runtime classpath: its classes and every dependency's jar. */
    @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true, required = true)
    List<String> classpath;

    /** The stage's main class. */
    @Parameter(required = true)
    String mainClass;

    /** Options for the stage's JVM, e.g. {@code -XX:+UseSerialGC}. */
    @Parameter
    List<String> jvmArguments = new ArrayList<>();

    /** The stage's arguments. */
    @Parameter
    List<String> arguments = new ArrayList<>();

    /** Print the stage's errors as they happen (a server), not when it ends. */
    @Parameter(defaultValue = "false")
    boolean liveErrors;

    /** Skip the stage (the preview profile builds the site itself). */
    @Parameter(defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            return;
        }
        List<String> command = command();
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(liveErrors ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        Thread stop = new Thread(process::destroy, "stop " + simpleName());
        Runtime.getRuntime().addShutdownHook(stop);      // Maven stopped (Ctrl-C, SIGTERM): the stage too
        String errors;
        int status;
        try {
            errors = liveErrors ? "" : read(process.getErrorStream());
            status = process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new MojoExecutionException(simpleName() + " was interrupted", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // Maven is stopping: the hook is running already
            }
        }
        if (status != 0) {
            throw new MojoFailureException(failure(errors, status));
        }
        if (!errors.isEmpty()) {
            System.err.print(errors);
            System.err.flush();
        }
    }

    /** The message Maven prints for a failed stage: its own error lines, each at the start of a line. */
    String failure(String errors, int status) {
        String lines = errors.strip();
        return "\n" + (lines.isEmpty() ? simpleName() + " stopped with exit status " + status : lines);
    }

    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());   // the JDK Maven runs on
        command.addAll(jvmArguments);
        command.add("-classpath");
        command.add(String.join(File.pathSeparator, classpath));
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }

    private String simpleName() {
        return mainClass.substring(mainClass.lastIndexOf('.') + 1);
    }

    private static String read(InputStream errors) {
        try (errors) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            errors.transferTo(bytes);
            return bytes.toString(Charset.defaultCharset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
