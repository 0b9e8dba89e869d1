/*
 * training-replay: the loss curve drawing itself, ten steps a frame, with each step's training
 * name; play, pause, step and scrub (loss-chart.js with data.replay).
 */
"use strict";
MG.register("training-replay", MG.lossChart);
