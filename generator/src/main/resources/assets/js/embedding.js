/* embedding */
MG.register("embedding", (box, d, fig) => MG.frames(MG.adopt(box, fig), d.label, d.unit, d.say, d.play));
