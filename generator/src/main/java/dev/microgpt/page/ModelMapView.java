package dev.microgpt.page;

import dev.microgpt.inference.Architecture;
import java.util.List;

/**
 * The map of a rung's model: its blocks in the order a token passes through them, the sizes the
 * run's architecture gives them, and the blocks a lesson is about marked. At the top of every
 * lesson of Steps 3–5, and as the {@code architecture} widget of each step. The template,
 * {@code templates/model-map.ftlh}, draws it; nothing in it is typed by hand.
 *
 * @param id the figure's id, unique on its page
 * @param step the step whose model it is
 * @param kind what the model is, as the run names it: {@code counts}, {@code mlp}, {@code transformer}
 * @param vocabSize tokens in, logits out: 27
 * @param nEmbd width of the residual stream
 * @param nHidden hidden units of the MLP block
 * @param nHead attention heads per layer
 * @param headDim dimensions each head reads
 * @param nLayer layers the position passes through
 * @param gradient how the gradient is found: {@code none}, {@code hand_written}, {@code autograd}
 * @param optimizer how the weights learn, as the run names it ({@code counting}, {@code sgd}, {@code adam})
 * @param current the blocks this lesson is about, among {@link #BLOCKS}
 */
public record ModelMapView(String id, int step, String kind, int vocabSize, int nEmbd, int nHidden,
        int nHead, int headDim, int nLayer, String gradient, String optimizer, List<String> current) {

    /** Every block a lesson may name, in the order the map draws them. */
    public static final List<String> BLOCKS = List.of("embed", "norm", "qkv", "cache", "heads",
            "scores", "mix", "residual", "mlp", "layers", "head", "optimizer");

    /** The map of a rung's architecture, as the run describes it, with {@code current} marked. */
    public static ModelMapView of(String id, int step, Architecture a, List<String> current) {
        return new ModelMapView(id, step, a.kind().json(), a.vocabSize(), a.nEmbd(), a.nHidden(),
                a.nHead(), a.headDim(), a.nLayer(), a.gradient().json(), a.optimizer().json(), current);
    }

    public ModelMapView {
        current = List.copyOf(current);
        if (!BLOCKS.containsAll(current)) {
            throw new IllegalArgumentException("unknown block in " + current);
        }
    }

    /** Whether the lesson is about this block (heads are a way of reading q, k and v). */
    public boolean marks(String block) {
        return current.contains(block)
                || current.contains("heads") && List.of("qkv", "scores", "mix").contains(block);
    }
}
