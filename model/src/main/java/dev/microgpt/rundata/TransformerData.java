package dev.microgpt.rundata;

import java.util.List;

/** The run data of a transformer rung (Steps 3–5): a {@link RungData} that also traces attention. */
public interface TransformerData extends RungData {
    /** The mean number of computed values in one training step's graph. */
    double nodesPerStep();

    /** The trained model reading a few names, position by position. */
    List<AttentionTrace> attention();
}
