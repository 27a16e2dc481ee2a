package pl.wspolnie.drafting.internal.redline;

import java.util.HashMap;
import java.util.Map;

/**
 * The tokens of a text with their weights, to tell whether two blocks are versions of each other. A word weighs
 * its length, a symbol or punctuation mark 1, whitespace nothing: sharing "w", "a" and full stops does not make
 * two different sentences alike.
 */
final class WordBag {

    private final Map<String, Integer> counts;
    private final int weight;

    private WordBag(Map<String, Integer> counts, int weight) {
        this.counts = counts;
        this.weight = weight;
    }

    static WordBag of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int weight = 0;
        int start = 0;
        // token by token without a list of them all; whitespace tokens are skipped before they become strings
        for (int end : Tokenizer.ends(text)) {
            // (no whitespace lies outside the Basic Multilingual Plane, so the first char tells)
            if (!Tokenizer.isSpace(text.charAt(start))) {
                String token = text.substring(start, end);
                counts.merge(token, 1, Integer::sum);
                weight += weight(token);
            }
            start = end;
        }
        return new WordBag(counts, weight);
    }

    private static int weight(String token) {
        return Tokenizer.isWord(token) ? token.length() : 1;
    }

    /** Weighted Dice coefficient: 1 for the same tokens, 0 for none in common (and 1 for two empty texts). */
    double dice(WordBag other) {
        int total = weight + other.weight;
        if (total == 0) {
            return 1;
        }
        Map<String, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
        Map<String, Integer> large = small == counts ? other.counts : counts;
        int common = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer n = large.get(e.getKey());
            if (n != null) {
                common += Math.min(n, e.getValue()) * weight(e.getKey());
            }
        }
        return 2.0 * common / total;
    }
}
