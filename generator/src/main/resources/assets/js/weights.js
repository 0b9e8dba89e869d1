/*
 * weights: heatmaps of a rung's weight matrices at a saved step, with a step picker
 * (weight-maps.js).
 */
"use strict";
MG.register("weights", MG.weightMaps);
