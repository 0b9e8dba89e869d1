/* kv-cache: the cache a row longer at each position */
MG.register("kv-cache", (box, d, fig) => MG.frames(MG.adopt(box, fig), "Step through the name", "position", d.say, 1));
