/* scrubber */
MG.register("scrubber", MG.weightMaps);
