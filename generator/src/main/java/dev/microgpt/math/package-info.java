/**
 * TeX to static math at build time: KaTeX, from its WebJar, run once per build in GraalJS, so
 * readers download fonts and CSS but no math JavaScript.
 */
package dev.microgpt.math;
