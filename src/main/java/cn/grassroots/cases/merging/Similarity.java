package cn.grassroots.cases.merging;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two short Chinese texts are: the Jaccard index of their character bigrams (letters, digits and CJK
 * characters only), 0 to 1. The same measure on either database, over the few open cases of one category and town.
 */
final class Similarity {

    private Similarity() {
    }

    static double of(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> either = new HashSet<>(x);
        either.addAll(y);
        return (double) both.size() / either.size();
    }

    private static Set<String> bigrams(String text) {
        Set<String> grams = new HashSet<>();
        if (text == null) {
            return grams;
        }
        int[] points = text.codePoints().filter(Character::isLetterOrDigit).toArray();
        for (int i = 0; i + 1 < points.length; i++) {
            grams.add(new String(points, i, 2));
        }
        return grams;
    }
}
