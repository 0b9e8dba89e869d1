/*
 * kv-cache: the cache of keys and values growing one row per position, the query compared with
 * every cached key.
 * The build drew every frame (Frames.java); the script only steps through them (MG.frames).
 */
"use strict";
MG.register("kv-cache", (box, data, figure) =>
  MG.frames(MG.adopt(box, figure), data.label, data.unit, data.readouts, data.play),
);
