package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import java.util.List;
import java.util.Set;

/**
 * {@code pair-stepper}: walks through a name one (token, next token) pair at a time under the
 * count table as it stood after some training steps: each pair's count, row total, probability,
 * surprise −ln p, and the running mean, which at the last pair is the name's loss. The reader
 * may type a name of their own and pick another step.
 * <pre>
 * name: ava
 * step: 100
 * steps: 0,10,100,1000   (default: all the run kept)
 * </pre>
 */
final class PairStepperWidget implements Widget {
    @Override
    public String name() {
        return "pair-stepper";
    }

    @Override
    public Set<String> keys() {
        return Set.of("name", "step", "steps");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        Vocab vocab = Vocab.of(run);
        String name = args.text("name", "ava");
        for (char ch : name.toCharArray()) {
            if (vocab.id(ch) < 0) {
                throw args.error("name", "'" + ch + "' is not in the vocabulary " + vocab.uchars());
            }
        }
        int step = args.integer("step", 100);
        List<Integer> offered = Step0Tables.offered(run, args, step);

        ObjectNode data = Json.object();
        data.put("uchars", vocab.uchars());
        data.put("bos", vocab.bos());
        data.put("name", name);
        data.put("step", step);
        ArrayNode snapshots = data.putArray("snapshots");
        for (int s : offered) {
            ObjectNode out = snapshots.addObject();
            out.put("step", s);
            out.set("counts", Step0Tables.snapshot(run, s, args, "steps").path("counts"));
        }
        int[][] counts = Json.intMatrix(Step0Tables.snapshot(run, step, args, "step").path("counts"));
        return new Rendered(table(vocab, name, step, counts), data);
    }

    /** Every pair of the name in one table, as the stepper shows them one by one. */
    static String table(Vocab vocab, String name, int step, int[][] counts) {
        int[] tokens = vocab.encode(name);
        StringBuilder html = new StringBuilder();
        html.append("<table class=\"pairs\"><caption>“").append(Html.escape(name)).append("” after ")
                .append(Numbers.integer(step)).append(step == 1 ? " step" : " steps")
                .append("</caption><thead><tr><th scope=\"col\">pair</th><th scope=\"col\">count</th>")
                .append("<th scope=\"col\">row total</th><th scope=\"col\">p</th><th scope=\"col\">−ln p</th>")
                .append("<th scope=\"col\">running mean</th></tr></thead><tbody>");
        double sum = 0;
        for (int pos = 0; pos < tokens.length - 1; pos++) {
            int from = tokens[pos];
            int to = tokens[pos + 1];
            int rowTotal = 0;
            for (int c : counts[from]) {
                rowTotal += c;
            }
            double p = Step0Tables.prob(counts, from, to);
            double nll = -Math.log(p);
            sum += nll;
            html.append("<tr><th scope=\"row\">").append(vocab.chip(from)).append(" → ").append(vocab.chip(to))
                    .append("</th><td>").append(Numbers.integer(counts[from][to])).append("</td><td>")
                    .append(Numbers.integer(rowTotal)).append("</td><td>").append(Numbers.fixed(p, 4))
                    .append("</td><td>").append(Numbers.fixed(nll, 4)).append("</td><td>")
                    .append(Numbers.fixed(sum / (pos + 1), 4)).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }
}
