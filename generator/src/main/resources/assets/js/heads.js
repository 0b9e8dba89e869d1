/* heads: one head at a time, then the outputs side by side */
MG.register("heads", (box, d, fig) => MG.frames(MG.adopt(box, fig), "Step through the heads", "step", d.say, 1));
