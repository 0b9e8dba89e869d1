/* training-replay */
MG.register("training-replay", MG.lossCurve);
