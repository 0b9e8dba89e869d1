package dev.microgpt.rundata;

import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.ladder.Rung;
import java.util.List;
import java.util.Map;

/**
 * A rung as the export trained it, handed to whoever asked ({@link Export#writeAll(List,
 * java.nio.file.Path, java.util.function.Consumer)}): the model tests compare it with the
 * reference run instead of training the ladder a second time.
 *
 * @param model the trained model
 * @param docs the names in training order
 * @param tokenizer characters ↔ token ids
 * @param initialWeights every matrix before the first step, in creation order
 * @param losses the loss of each step, full precision; {@code losses[s]} is step {@code s + 1}
 * @param untrainedSamples the names the initial weights sample
 * @param samples the names the trained model samples, from the reference's generator
 */
public record TrainedRung(Rung model, List<String> docs, Tokenizer tokenizer,
        Map<String, double[][]> initialWeights, double[] losses, List<String> untrainedSamples,
        List<String> samples) {
}
