package pl.wspolnie.drafting.internal.redline;

import java.util.HashMap;
import java.util.Map;

/** The non-space tokens of a text with their counts, to tell whether two blocks are versions of each other. */
final class WordBag {

    private final Map<String, Integer> counts;
    private final int size;

    private WordBag(Map<String, Integer> counts, int size) {
        this.counts = counts;
        this.size = size;
    }

    static WordBag of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int size = 0;
        for (String token : Tokenizer.split(text)) {
            if (!Tokenizer.isSpace(token)) {
                counts.merge(token, 1, Integer::sum);
                size++;
            }
        }
        return new WordBag(counts, size);
    }

    /** Dice coefficient: 1 for the same tokens, 0 for none in common (and 1 for two empty texts). */
    double dice(WordBag other) {
        int total = size + other.size;
        if (total == 0) {
            return 1;
        }
        Map<String, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
        Map<String, Integer> large = small == counts ? other.counts : counts;
        int common = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer n = large.get(e.getKey());
            if (n != null) {
                common += Math.min(n, e.getValue());
            }
        }
        return 2.0 * common / total;
    }
}
