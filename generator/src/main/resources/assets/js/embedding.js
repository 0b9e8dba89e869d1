/* embedding: the build's panels, one per position: wte + wpe = sum, RMSNorm → x. */
MG.register("embedding", (box, d, fig) => MG.frames(MG.adopt(box, fig), "Step through the name", "position", d.say));
