package dev.microgpt.rundata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.microgpt.ladder.Check;
import java.util.List;

/**
 * The distribution of name lengths, in characters.
 *
 * @param min the shortest length
 * @param max the longest length
 * @param mean the mean length
 * @param shortest the first name of the shortest length, in file order
 * @param longest the first name of the longest length, in file order
 * @param counts counts[k] = how many names have k characters, for k = 0..max
 */
@JsonPropertyOrder({"min", "max", "mean", "shortest", "longest", "counts"})
public record LengthStats(int min, int max, double mean, String shortest, String longest,
        int[] counts) {

    public LengthStats {
        Check.finite("mean", mean);
        counts = counts.clone();
    }

    static LengthStats of(List<String> names) {
        String shortest = names.get(0);
        String longest = names.get(0);
        long total = 0;
        for (String name : names) {
            if (name.length() < shortest.length()) {
                shortest = name;
            }
            if (name.length() > longest.length()) {
                longest = name;
            }
            total += name.length();
        }
        int[] counts = new int[longest.length() + 1];
        for (String name : names) {
            counts[name.length()]++;
        }
        return new LengthStats(shortest.length(), longest.length(), (double) total / names.size(),
                shortest, longest, counts);
    }
}
