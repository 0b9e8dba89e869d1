/*
 * embedding: a name's input vectors: a letter's row of wte plus its position's row of wpe.
 * The build drew every frame (Frames.java); the script only steps through them (MG.frames).
 */
"use strict";
MG.register("embedding", (box, data, figure) =>
  MG.frames(MG.adopt(box, figure), data.label, data.unit, data.readouts, data.play),
);
