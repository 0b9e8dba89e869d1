/**
 * The scalar autograd of Steps 2–5: {@link dev.microgpt.autograd.Value}, a number that remembers
 * how it was computed, so that backward() can apply the chain rule through the whole forward
 * pass. Lessons 2.2–2.5 read it line by line.
 */
package dev.microgpt.autograd;
