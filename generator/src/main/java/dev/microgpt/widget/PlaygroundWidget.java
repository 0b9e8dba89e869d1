package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Html;
import dev.microgpt.page.Numbers;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code playground}: the final model, Step 5, running in the page. A typed name becomes tokens;
 * each letter gets the probability the model gave it and its surprise −ln p, whose mean is the
 * name's loss; attention per head; the bars for what would come after the name; and names drawn
 * with a temperature and a seed.
 * <pre>
 * name: emma
 * </pre>
 */
final class PlaygroundWidget implements Widget {
    static final int RUNG = 5;
    private static final int SAMPLES = 10;   // the run's names listed under the figure

    @Override
    public String name() {
        return "playground";
    }

    @Override
    public Set<String> keys() {
        return Set.of("name");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        Vocab vocab = Vocab.of(run);
        Inference model = Inference.of(run, RUNG, args, "name");
        String name = Names.checked(args, "name", "emma", vocab);
        int[] tokens = vocab.encode(name);
        List<Inference.Position> trace = model.trace(tokens);
        double[] p = new double[tokens.length - 1];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = trace.get(i).probs[tokens[i + 1]];
            sum += -Math.log(p[i]);
        }
        List<Inference.Position> inputs = trace.subList(0, tokens.length - 1);
        String title = Rungs.title(run, RUNG);
        ObjectNode data = AttentionWidget.data(model, name);
        data.put("title", title);
        data.put("blockSize", run.rung(RUNG).architecture().blockSize());   // the most positions it reads
        data.put("seed", run.dataset().seed());   // the sampler starts at the run's seed
        List<String> samples = run.rung(RUNG).samples();
        String html = Figures.render("playground", new Figure(
                new Html(PairStepperWidget.modelTable(vocab, name, run.dataset().steps(), title, p)), Numbers.fixed(sum / p.length, 4),
                Triangles.of(vocab, inputs, model.heads),
                new Html(NextTokenBars.chart(vocab, inputs.get(inputs.size() - 1).probs, "p(next | " + name + ")")),
                title, samples.subList(0, Math.min(SAMPLES, samples.size()))));
        return new Rendered(html, data, Map.of(model.key(), model.json()));
    }

    /**
     * The figure the build draws.
     *
     * @param pairs the name's pairs with the probability and surprise of each (pair-stepper's table)
     * @param loss the mean surprise, four decimals
     * @param attention the attention weights per head while reading the name
     * @param next the bars for the token after the name
     * @param title the rung's title
     * @param samples the first ten names the rung made up in the run
     */
    public record Figure(Html pairs, String loss, Triangles.Figure attention, Html next, String title,
            List<String> samples) {
    }
}
