package dev.microgpt.rundata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.microgpt.ladder.Check;

/**
 * The loss of every training step of one rung.
 *
 * @param loss loss[s] = the loss measured at training step s + 1, before that step's update
 * @param finalMean the mean loss over the last {@link #FINAL_WINDOW} steps: the rung's "final loss"
 * @param finalWindow how many steps {@code finalMean} averages
 * @param heldOut the trained model's loss on names no training step read, with its
 *     standard error: what the last window's training names overstate
 */
@JsonPropertyOrder({"loss", "finalMean", "finalWindow", "heldOut"})
public record LossCurve(double[] loss, double finalMean, int finalWindow, HeldOutLoss heldOut) {
    /** Steps averaged into the final loss: one name is too noisy a measure on its own. */
    public static final int FINAL_WINDOW = 100;

    public LossCurve {
        Check.finite("loss", loss);
        Check.finite("finalMean", finalMean);
        Check.that(heldOut != null, "heldOut must be given");
        loss = loss.clone();
    }

    /** The curve of a finished run; {@code loss[s]} belongs to step s + 1. */
    public static LossCurve of(double[] loss, HeldOutLoss heldOut) {
        double sum = 0;
        for (int s = loss.length - FINAL_WINDOW; s < loss.length; s++) {
            sum += loss[s];
        }
        return new LossCurve(loss, sum / FINAL_WINDOW, FINAL_WINDOW, heldOut);
    }
}
