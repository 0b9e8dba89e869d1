/*
 * scrubber: one slider over the saved steps updates the loss so far, the names the weights made
 * up then and the weight heatmaps (weight-maps.js with data.loss).
 */
"use strict";
MG.register("scrubber", MG.weightMaps);
