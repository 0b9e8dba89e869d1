package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.inference.Architecture;
import dev.microgpt.page.Numbers;
import dev.microgpt.rundata.DatasetData;
import dev.microgpt.rundata.LossCurve;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * {@code trainer}: a rung trained in the reader's browser ({@code training.js} on the forward
 * pass of {@code models.js}) with the run's seed, names and hyperparameters, step by step, the
 * loss of each step compared with the run's as it goes. With {@code knobs} the reader changes
 * steps, learning rate and its decay, Adam's betas and the transformer's sizes, or trains on a
 * word list of their own; the configuration is kept in the URL fragment.
 * <pre>
 * rung: 5          the rung shown first
 * rungs: 0,1,2     the rungs to choose from (default: the one rung)
 * knobs: yes       the reader may change the configuration (default no)
 * window: 50       the running mean's window, in steps
 * </pre>
 */
final class TrainerWidget implements Widget {
    static final int[] LISTED_STEPS = {1, 10, 100, 1000};   // the static table's steps
    static final int LISTED_SAMPLES = 5;                    // the static figure's names per rung

    @Override
    public String name() {
        return "trainer";
    }

    @Override
    public Set<String> keys() {
        return Set.of("rung", "rungs", "knobs", "window");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        int first = Rungs.one(args, "rung", 5, run, 0, 5);
        List<Integer> rungs = Rungs.list(args, "rungs", List.of(first), run, 0, 5);
        if (!rungs.contains(first)) {
            throw args.error("rung", "rung " + first + " is not one of rungs " + rungs);
        }
        int window = args.integer("window", 50);
        if (window < 1 || window > 500) {
            throw args.error("window", "window must be between 1 and 500, was " + window);
        }
        DatasetData dataset = run.dataset();
        ObjectNode data = Json.object();
        data.put("first", first);
        data.put("knobs", args.flag("knobs", false));
        data.put("window", window);
        data.put("baseline", dataset.baseline());
        data.put("count", dataset.names());             // what the seed's shuffle runs over
        data.put("seed", dataset.seed());
        data.put("steps", dataset.steps());
        data.put("uchars", dataset.uchars());
        ArrayNode names = data.putArray("trainingNames");
        dataset.trainingNames().forEach(names::add);
        if (args.flag("knobs", false)) {
            data.put("names", gzipBase64(String.join("\n", dataset.fileOrder())));   // for other seeds
        }
        ArrayNode rungData = data.putArray("rungs");
        List<Row> rows = new ArrayList<>();
        for (int rung : rungs) {
            LossCurve training = LossCurveWidget.training(run, rung);
            List<String> samples = rung == 0 ? run.counting().samples() : run.rung(rung).samples();
            ObjectNode r = rungData.addObject();
            r.put("rung", rung);
            r.put("title", Rungs.title(run, rung));
            r.put("parameters", rung == 0 ? run.counting().parameters() : run.rung(rung).parameters());
            r.set("config", config(run, rung));
            r.put("losses", Json.f64(training.loss()));    // full precision: compared bit for bit
            ArrayNode s = r.putArray("samples");
            samples.forEach(s::add);
            List<String> losses = new ArrayList<>();
            for (int step : LISTED_STEPS) {
                losses.add(step <= training.loss().length ? Numbers.fixed(training.loss()[step - 1],
                        LossCurveWidget.DIGITS) : "");
            }
            rows.add(new Row(Rungs.title(run, rung), losses,
                    String.join(", ", samples.subList(0, Math.min(LISTED_SAMPLES, samples.size())))));
        }
        List<Integer> steps = new ArrayList<>();
        for (int step : LISTED_STEPS) {
            steps.add(step);
        }
        Figure figure = new Figure(steps, rows, Numbers.integer(dataset.steps()), dataset.seed());
        return new Rendered(Figures.render("trainer", figure), data);
    }

    /**
     * Text gzip-compressed and base64-encoded: every name in file order is 228 KB as text, about
     * 140 KB so, which the page's DecompressionStream unpacks when a reader picks another seed.
     * GZIPOutputStream writes no time stamp, so the bytes are the same from build to build.
     */
    static String gzipBase64(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /**
     * The hyperparameters the rung was trained with, under the names training.js reads: the
     * architecture's sizes and the rung's named constants (learning rate, Adam's, initStd).
     */
    static ObjectNode config(RunData run, int rung) {
        Architecture a = rung == 0 ? run.counting().architecture() : run.rung(rung).architecture();
        Map<String, Number> hyper = rung == 0 ? Map.of() : run.rung(rung).hyperparameters();
        ObjectNode config = Json.object();
        config.put("rung", rung);
        config.put("width", a.nEmbd());
        config.put("hidden", a.nHidden());
        config.put("heads", a.nHead());
        config.put("layers", a.nLayer());
        config.put("context", a.blockSize());
        config.put("rmsEps", a.rmsEps());
        config.put("temperature", a.temperature());
        config.put("division", a.division().json());
        for (String key : List.of("learningRate", "initStd", "beta1", "beta2", "epsAdam")) {
            if (hyper.containsKey(key)) {
                config.put(key, hyper.get(key).doubleValue());
            }
        }
        config.put("decay", rung > 0);                  // lr · (1 − step/steps), RUNDATA.md
        return config;
    }

    /**
     * The static figure: the run's losses at a few steps and some of its names, per rung.
     *
     * @param steps the steps listed
     * @param rows one row per rung
     * @param totalSteps the run's steps, as printed
     * @param seed the run's seed
     */
    public record Figure(List<Integer> steps, List<Row> rows, String totalSteps, int seed) {
    }

    /**
     * One rung in the static figure.
     *
     * @param title the rung's title
     * @param losses its loss at each listed step, as printed
     * @param samples its first sampled names
     */
    public record Row(String title, List<String> losses, String samples) {
    }
}
