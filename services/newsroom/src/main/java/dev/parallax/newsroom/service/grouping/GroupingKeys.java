package dev.parallax.newsroom.service.grouping;

import java.util.List;
import java.util.TreeSet;

import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;
import dev.parallax.text.lang.NordicLanguageData;

/**
 * The keys under which an article is found by the articles that may report the same story: what an editor would
 * look for first. Names (a capitalised word inside a sentence: people, places, organisations), and numbers of two
 * or more digits that are not years (a death toll, a score, an amount). Written the same in Danish, Bokmål and
 * Nynorsk up to spelling, so each is folded (æ→ae, ø→oe, å→aa), its doubled letters made single (Rusland,
 * Russland) and cut to its first {@value #PREFIX} letters (Indonesien, Indonesia; Makedonien, Makedonia), which also
 * joins inflected forms. An article with fewer than {@value #FEW} such keys (a text without names) is also found
 * under its long words, cut the same way.
 * <p>
 * Keys are 64-bit hashes, stored with the article and indexed (GIN), so that candidates come from an index
 * look-up, not from reading every article of the window; they also name the advisory locks a grouping takes
 * ({@link #lockBuckets}), so that only articles that could join each other wait for each other.
 */
public final class GroupingKeys {

    static final int PREFIX = 6;
    static final int FEW = 5;
    static final int LONG_WORD = 7;
    /** Lock buckets: enough that two unrelated stories rarely share one, few enough to stay in one int. */
    static final int BUCKETS = 1 << 20;

    private static final NordicLanguageData LANGUAGE = NordicLanguageData.get();

    private GroupingKeys() {
    }

    /** The article's keys, distinct and ascending. */
    public static long[] of(String title, String text) {
        TreeSet<Long> keys = new TreeSet<>();
        TreeSet<Long> longWords = new TreeSet<>();
        for (String part : title == null ? List.of(text) : List.of(title, text)) {
            List<Token> tokens = Tokenizer.tokens(part);
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.isNumber()) {
                    String digits = token.text().replaceAll("\\D", "");
                    if (digits.length() >= 2 && !isYear(digits)) {
                        keys.add(hash("#" + digits));
                    }
                } else if (token.isWord() && !LANGUAGE.isStopWord(token.folded())) {
                    String form = form(token.folded());
                    if (token.startsUpperCase() && !startsSentence(part, tokens, i) && form.length() >= 2) {
                        keys.add(hash("N" + form));
                    } else if (token.folded().length() >= LONG_WORD) {
                        longWords.add(hash("W" + form));
                    }
                }
            }
        }
        if (keys.size() < FEW) {
            keys.addAll(longWords);
        }
        return keys.stream().mapToLong(Long::longValue).toArray();
    }

    /** The advisory lock buckets of these keys, distinct and ascending: the order every grouping takes them in. */
    public static int[] lockBuckets(long[] keys) {
        TreeSet<Integer> buckets = new TreeSet<>();
        for (long key : keys) {
            buckets.add((int) Math.floorMod(key, (long) BUCKETS));
        }
        return buckets.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Stores an article's keys (grouping, and the backfill of articles grouped without them). */
    static void store(jakarta.persistence.EntityManager em, java.util.UUID articleId, long[] keys) {
        em.createNativeQuery("update article set grouping_keys = cast(?1 as bigint[]) where id = ?2")
                .setParameter(1, arrayLiteral(keys))
                .setParameter(2, articleId)
                .executeUpdate();
    }

    /** The keys as a PostgreSQL array literal, bound as text and cast: {@code {1,-2,3}}. */
    static String arrayLiteral(long[] values) {
        return java.util.Arrays.stream(values).mapToObj(Long::toString)
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    static String arrayLiteral(int[] values) {
        return java.util.Arrays.stream(values).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    /** Folded, doubled letters single, cut to {@value #PREFIX} letters. */
    static String form(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) && (out.isEmpty() || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.length() > PREFIX ? out.substring(0, PREFIX) : out.toString();
    }

    private static boolean isYear(String digits) {
        if (digits.length() != 4) {
            return false;
        }
        int value = Integer.parseInt(digits);
        return value >= 1900 && value <= 2100;
    }

    /** First word of the text or after a full stop, question or exclamation mark, colon, or a line break. */
    private static boolean startsSentence(String text, List<Token> tokens, int index) {
        int after = tokens.get(index).start();
        for (int k = index - 1; k >= 0; k--) {
            Token before = tokens.get(k);
            if (text.substring(before.end(), after).indexOf('\n') >= 0) {
                return true; // a headline or a paragraph ends without a full stop
            }
            if (before.isWord() || before.isNumber()) {
                return false;
            }
            String mark = before.text();
            if (mark.equals(".") || mark.equals("!") || mark.equals("?") || mark.equals(":")) {
                return true;
            }
            after = before.start();
        }
        return true;
    }

    /** 64-bit FNV-1a: stable across JVMs and releases, unlike String.hashCode's 32 bits. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
