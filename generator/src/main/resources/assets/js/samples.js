/* samples */
MG.register("samples", MG.samples);
