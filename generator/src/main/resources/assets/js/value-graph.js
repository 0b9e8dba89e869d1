/* value-graph: forward fills data, backward grads, frame by frame */
MG.register("value-graph", (box, d, fig) => MG.frames(MG.adopt(box, fig), "Step through forward and backward", "frame", d.say, 1));
