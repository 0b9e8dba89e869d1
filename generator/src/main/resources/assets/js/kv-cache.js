/* kv-cache */
MG.register("kv-cache", (box, d, fig) => MG.frames(MG.adopt(box, fig), d.label, d.unit, d.say, d.play));
