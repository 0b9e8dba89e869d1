/* loss-curve */
MG.register("loss-curve", MG.lossCurve);
