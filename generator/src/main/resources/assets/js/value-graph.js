/* value-graph: the build's autograd graph, revealed frame by frame: forward fills data, backward grads. */
MG.register("value-graph", (box, d, fig) => MG.frames(MG.adopt(box, fig), "Step through forward and backward", "frame", d.say, 1));
