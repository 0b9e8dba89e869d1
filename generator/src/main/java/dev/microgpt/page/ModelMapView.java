package dev.microgpt.page;

import java.util.List;

/**
 * The map of a transformer at the top of a lesson of Steps 3–5: its blocks in the order a
 * position passes through them, the sizes the run's architecture gives them, and the blocks the
 * lesson is about marked. The template draws it; nothing in it is typed by hand.
 *
 * @param step the step whose model it is
 * @param vocabSize tokens in, logits out: 27
 * @param nEmbd width of the residual stream
 * @param nHidden hidden units of the MLP block
 * @param nHead attention heads per layer
 * @param headDim dimensions each head reads
 * @param nLayer layers the position passes through
 * @param optimizer how the weights learn, as the run names it ({@code sgd}, {@code adam})
 * @param current the blocks this lesson is about, among {@link #BLOCKS}
 */
public record ModelMapView(int step, int vocabSize, int nEmbd, int nHidden, int nHead, int headDim,
        int nLayer, String optimizer, List<String> current) {

    /** Every block a lesson may name, in the order the map draws them. */
    public static final List<String> BLOCKS = List.of("embed", "norm", "qkv", "cache", "heads",
            "scores", "mix", "residual", "mlp", "layers", "head", "optimizer");

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
