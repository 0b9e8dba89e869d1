/**
 * A Java port of the parts of CPython's {@code random} module that the ladder draws from: the
 * shuffle of the names, the initial weights and the sampling of new names. Every lesson's numbers
 * depend on it matching CPython bit for bit (see {@code shared/REFERENCE.md}).
 */
package dev.microgpt.random;
