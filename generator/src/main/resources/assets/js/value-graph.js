/*
 * value-graph: the small autograd graph of Step 2: Forward fills each node's data, Backward its
 * gradient, in the order backward() applies the chain rule.
 * The build drew every frame (Frames.java); the script only steps through them (MG.frames).
 */
"use strict";
MG.register("value-graph", (box, data, figure) =>
  MG.frames(MG.adopt(box, figure), data.label, data.unit, data.readouts, data.play),
);
