/*
 * samples: the run's sampled names of each rung, untrained beside trained, and new names drawn
 * in the page for a temperature and a seed (name-sampler.js).
 */
"use strict";
MG.register("samples", MG.nameSampler);
