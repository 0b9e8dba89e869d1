/*
 * heads: the heads, each reading its slice of q, k and v, their outputs concatenated for
 * attn_wo.
 * The build drew every frame (Frames.java); the script only steps through them (MG.frames).
 */
"use strict";
MG.register("heads", (box, data, figure) =>
  MG.frames(MG.adopt(box, figure), data.label, data.unit, data.readouts, data.play),
);
