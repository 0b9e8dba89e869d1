/**
 * The names the ladder learns from and the tokenizer that turns them into numbers: lessons 0.1
 * (the dataset) and 0.2 (the tokenizer).
 */
package dev.microgpt.dataset;
