/**
 * The run data: what the build's training run measured, written as JSON for the generator. One
 * record per JSON object; every double is checked finite when a record is made; {@link Export} is
 * the command the site build runs. The fields are described in {@code model/RUNDATA.md}.
 */
package dev.microgpt.rundata;
