/* embedding: wte + wpe = sum → RMSNorm, one position at a time */
MG.register("embedding", (box, d, fig) => MG.frames(MG.adopt(box, fig), "Step through the name", "position", d.say));
