package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The data of a widget whose frames the build draws and {@code MG.frames} steps through
 * ({@code assets/js/frames.js}): the stepper's label, the word for one frame, whether it plays,
 * and one readout sentence per frame (added by the widget as {@code say}).
 */
final class Frames {
    private Frames() {
    }

    static ObjectNode data(String label, String unit, boolean play) {
        ObjectNode data = Json.object();
        data.put("label", label);
        data.put("unit", unit);
        data.put("play", play);
        return data;
    }
}
