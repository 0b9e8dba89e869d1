package dev.microgpt.widget;

import dev.microgpt.rundata.RungData;
import dev.microgpt.rundata.WeightSnapshot;
import java.util.ArrayList;
import java.util.List;

/** The weight snapshots a rung's run data kept, as widget keys pick them. */
final class WeightSnapshots {
    private WeightSnapshots() {
    }

    /** The steps kept. */
    static List<Integer> kept(RungData rung) {
        return rung.snapshots().stream().map(WeightSnapshot::step).toList();
    }

    /** The snapshots of the {@code steps} key (default all), each checked. */
    static List<WeightSnapshot> offered(Args args, RungData rung) {
        List<Integer> kept = kept(rung);
        List<WeightSnapshot> out = new ArrayList<>();
        for (int step : args.integers("steps", kept)) {
            int i = kept.indexOf(step);
            if (i < 0) {
                throw args.error("steps", "the run kept weights after " + kept + " steps, not " + step);
            }
            out.add(rung.snapshots().get(i));
        }
        return out;
    }

    /** Where {@code step} is among the offered snapshots; fails on the {@code step} key if absent. */
    static int index(Args args, List<WeightSnapshot> offered, int step) {
        for (int i = 0; i < offered.size(); i++) {
            if (offered.get(i).step() == step) {
                return i;
            }
        }
        List<Integer> steps = offered.stream().map(WeightSnapshot::step).toList();
        throw args.error("step", "step " + step + " is not among the offered steps " + steps);
    }
}
