package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Danish and Norwegian text into words, numbers and punctuation, keeping offsets. Numbers keep
 * their separators as written, since what a separator means depends on context ("1.200" is a count,
 * "11.20" after "kl." a clock time, "18.9." a date): thousands grouped with a full stop or a (no-break)
 * space, a decimal comma, and "11.20", "11:20", "2.04,3" as one token. Stateless and thread-safe.
 */
public final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            // thousands grouped with a full stop, or with a space when every group has three digits
            "(?<number>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?![\\d.]\\d)"
                    + "|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:,\\d+)?(?![\\d])"
                    + "|\\d+(?:[.:]\\d+)?(?:,\\d+)?)"
                    + "|(?<word>[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*)"
                    + "|(?<punct>[^\\s])");

    private Tokenizer() {
    }

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        Matcher m = TOKEN.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            Token.Type type = m.group("number") != null ? Token.Type.NUMBER
                    : m.group("word") != null ? Token.Type.WORD : Token.Type.PUNCT;
            String token = m.group();
            boolean spaceBefore = m.start() > previousEnd || tokens.isEmpty();
            tokens.add(new Token(m.start(), m.end(), token, type == Token.Type.WORD ? Folding.fold(token) : token,
                    type, spaceBefore));
            previousEnd = m.end();
        }
        return tokens;
    }
}
