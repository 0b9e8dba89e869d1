/* weights */
MG.register("weights", MG.weightMaps);
