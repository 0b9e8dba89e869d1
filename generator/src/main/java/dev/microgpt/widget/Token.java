package dev.microgpt.widget;

/**
 * A token as a figure prints it: a chip ({@code <@m.chip>}) or a table header ({@code <@m.header>}).
 *
 * @param label its character, or BOS
 * @param id its id
 * @param bos whether it is BOS (a dashed chip, a dot in headers)
 */
public record Token(String label, int id, boolean bos) {
}
