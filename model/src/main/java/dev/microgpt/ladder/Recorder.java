package dev.microgpt.ladder;

/** Hears about each finished training step; the run-data exporter listens here, not in the loop. */
@FunctionalInterface
public interface Recorder {
    /**
     * Called once training step {@code step} (1-based) is done; {@code loss} was measured
     * before its update.
     */
    void step(int step, double loss);

    /** A recorder that ignores everything. */
    Recorder NONE = (step, loss) -> { };
}
