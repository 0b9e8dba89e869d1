/* kv-cache: the build's panels, one per position: the cache one row longer each time. */
MG.register("kv-cache", (box, d, fig) => MG.frames(MG.adopt(box, fig), "Step through the name", "position", d.say, 1));
