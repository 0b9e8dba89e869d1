/* value-graph, embedding, kv-cache, heads: frames the build drew (Frames.java), stepped */
["value-graph", "embedding", "kv-cache", "heads"].map(n => MG.register(n, (box, d, fig) => MG.frames(MG.adopt(box, fig), d.label, d.unit, d.say, d.play)));
