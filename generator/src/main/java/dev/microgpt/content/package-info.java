/**
 * Reading the guide's sources: the lessons in {@code content/} (front matter and Markdown), the
 * run data the model wrote, and the positions and problems that every later stage reports with
 * {@code file:line}. The first stage of the pipeline in DESIGN.md.
 */
package dev.microgpt.content;
