package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import dev.microgpt.page.Numbers;
import dev.microgpt.rundata.Step1Data;
import java.util.Set;

/**
 * {@code backprop}: the analytic gradient of one real pair ({@code step1.backprop}: the first
 * pair of the first training name, on the untrained network) stepped back through the MLP, one
 * stage per frame: the probabilities, then (p − one-hot) / n at the logits, back through
 * {@code mlp_fc2} to the hidden units, through the ReLU gates, and through {@code mlp_fc1} into
 * the one row of {@code wte} the pair read. Each stage is a strip on its own diverging scale.
 * The build draws every stage; the script reveals them one at a time ({@code MG.frames}).
 */
final class BackpropWidget implements Widget {
    @Override
    public String name() {
        return "backprop";
    }

    @Override
    public Set<String> keys() {
        return Set.of();
    }

    @Override
    public Rendered render(Args args, RunData run) {
        Step1Data.Backprop pass = run.step1().backprop();
        Vocab vocab = Vocab.of(run);
        int target = pass.to().equals("BOS") ? vocab.bos() : vocab.id(pass.to().charAt(0));
        double[] dLogitsEdges = Heat.signedEdges(Heat.maxAbs(pass.dLogits()));
        double[] dhEdges = Heat.signedEdges(Heat.maxAbs(pass.dh()));     // one scale for dh and its gated copy
        double[] dxEdges = Heat.signedEdges(Heat.maxAbs(pass.dx()));
        double largestOther = 0;
        double smallestOther = 1;
        for (int i = 0; i < pass.dLogits().length; i++) {
            if (i != target) {
                largestOther = Math.max(largestOther, pass.dLogits()[i]);
                smallestOther = Math.min(smallestOther, pass.dLogits()[i]);
            }
        }
        Figure figure = new Figure(pass.name(), pass.from(), pass.to(), pass.pairs(),
                Numbers.fixed(pass.probs()[target], 4), Numbers.fixed(pass.targetGradient(), 4),
                Numbers.fixed(smallestOther, 4), Numbers.fixed(largestOther, 4), pass.unitsOn(),
                pass.dh().length - pass.unitsOn(), pass.dh().length, pass.dx().length, pass.dLogits().length,
                new Stage(Strips.strip(pass.probs(), null, Strips.tokenRows(vocab)), null, Heat.prob()),
                new Stage(Strips.strip(pass.dLogits(), dLogitsEdges, Strips.tokenRows(vocab)),
                        Heat.signed(dLogitsEdges), null),
                new Stage(Strips.strip(pass.dh(), dhEdges, null), Heat.signed(dhEdges), null),
                new Stage(Strips.strip(pass.dhPre(), dhEdges, null), Heat.signed(dhEdges), null),
                new Stage(Strips.strip(pass.dx(), dxEdges, null), Heat.signed(dxEdges), null));
        ObjectNode data = Frames.data("Step back through the network", "stage", false);
        data.putArray("names").add("p").add("dlogits").add("dh").add("dh_pre").add("dx");
        var labels = data.putArray("tokens");                  // what a logit's or probability's place is
        for (int t = 0; t < vocab.size(); t++) {
            labels.add(vocab.label(t));
        }
        return new Rendered(Figures.render("backprop", figure), data);
    }

    /**
     * One pair's gradient, stage by stage, with the numbers the sentences under the stages quote.
     *
     * @param name the name the pair is from
     * @param from the input token's label
     * @param to the label of the token that came next
     * @param pairs the name's pairs, n
     * @param targetProb the probability the network gave {@code to}
     * @param targetGradient (p − 1) / n, the gradient at {@code to}'s logit
     * @param smallestOther the smallest p / n among the other logits
     * @param largestOther the largest
     * @param unitsOn hidden units that were on and pass gradient back
     * @param unitsOff the ones that were off
     * @param hidden how many hidden units
     * @param embedding the width of an embedding
     * @param vocabulary how many tokens
     * @param probs the guess
     * @param dLogits the first step back
     * @param dh back through mlp_fc2
     * @param dhPre through the ReLU gates
     * @param dx back through mlp_fc1: the gradient of wte's row for {@code from}
     */
    public record Figure(String name, String from, String to, int pairs, String targetProb, String targetGradient,
            String smallestOther, String largestOther, int unitsOn, int unitsOff, int hidden, int embedding,
            int vocabulary, Stage probs, Stage dLogits, Stage dh, Stage dhPre, Stage dx) {
    }

    /**
     * A stage: a strip and its legend, diverging or (for probabilities) sequential.
     *
     * @param strip the values
     * @param signed the diverging legend, or null
     * @param prob the probability legend, or null
     */
    public record Stage(Strips.Strip strip, Heat.SignedLegend signed, Heat.ProbLegend prob) {
    }
}
