/* value-graph */
MG.register("value-graph", (box, d, fig) => MG.frames(MG.adopt(box, fig), d.label, d.unit, d.say, d.play));
