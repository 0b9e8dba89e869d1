/* loss-curve: the loss per step of one or more rungs, with readouts and toggles (loss-chart.js). */
"use strict";
MG.register("loss-curve", MG.lossChart);
