package dev.parallax.text.lang;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.parallax.text.Token;
import dev.parallax.text.lang.NordicLanguageData.NumberType;
import dev.parallax.text.lang.NordicLanguageData.NumberWord;

/**
 * Reads a number at a token: digits as Danish and Norwegian write them ("1.200", "12 500", "3,5"; an
 * English-style "250,000" or "6.2" in translated text), number words composed the way both languages
 * compose them ("hundrede og tyve", "tusen fem hundre", "to og en halv", "halvanden"), and a scale word
 * after either ("2,4 millioner", "1,2 mia.", "fire milliarder").
 */
public final class NumberReading {

    /**
     * A number read from tokens {@code [from, to)}.
     *
     * @param words   written with words only ("fjorten"), not digits
     * @param onlyOne the word "en"/"et"/"ein"/"ei" alone: an article as often as a number
     */
    public record Reading(BigDecimal value, int from, int to, boolean words, boolean onlyOne) {
    }

    private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern SPACE_THOUSANDS = Pattern.compile("\\d{1,3}([ \\u00a0\\u202f]\\d{3})+(,\\d+)?");
    private static final Pattern ENGLISH_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+(,\\d+)?");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.\\d{1,2}");

    private NumberReading() {
    }

    /** The value of a number token as written, or null when it is not a plain number ("11:20", "2.04,3"). */
    public static BigDecimal digits(String raw) {
        String s = raw.trim();
        if (DOT_THOUSANDS.matcher(s).matches()) {
            return new BigDecimal(s.replace(".", "").replace(',', '.'));
        }
        if (SPACE_THOUSANDS.matcher(s).matches()) {
            return new BigDecimal(s.replaceAll("[ \\u00a0\\u202f]", "").replace(',', '.'));
        }
        if (ENGLISH_THOUSANDS.matcher(s).matches() && s.length() > 5) {
            return new BigDecimal(s.replace(",", "")); // "250,000": a translation from English
        }
        if (DECIMAL_COMMA.matcher(s).matches()) {
            return new BigDecimal(s.replace(',', '.'));
        }
        if (DECIMAL_POINT.matcher(s).matches()) {
            return new BigDecimal(s); // "6.2" in a translation from English
        }
        return null;
    }

    /** The number that starts at token {@code from}, with a scale word after it, if any. */
    public static Optional<Reading> at(List<Token> tokens, int from) {
        NordicLanguageData data = NordicLanguageData.get();
        Token first = tokens.get(from);
        if (first.isNumber()) {
            BigDecimal value = digits(first.text());
            if (value == null) {
                return Optional.empty();
            }
            int to = from + 1;
            // "220 2/3 innings": a whole number and a fraction of one, written apart
            if (value.scale() <= 0 && to + 2 < tokens.size() && tokens.get(to).isNumber() && tokens.get(to).spaceBefore()
                    && tokens.get(to + 1).is("/") && !tokens.get(to + 1).spaceBefore()
                    && tokens.get(to + 2).isNumber() && !tokens.get(to + 2).spaceBefore()) {
                BigDecimal numerator = digits(tokens.get(to).text());
                BigDecimal denominator = digits(tokens.get(to + 2).text());
                if (numerator != null && denominator != null && numerator.scale() <= 0 && denominator.scale() <= 0
                        && numerator.signum() > 0 && numerator.compareTo(denominator) < 0 && denominator.intValue() <= 16) {
                    value = value.add(numerator.divide(denominator, 3, java.math.RoundingMode.HALF_UP));
                    to += 3;
                }
            }
            // "2,4 millioner", "1,2 mia.", "45 mio. kr."
            if (to < tokens.size() && tokens.get(to).isWord()) {
                Optional<NumberWord> scale = data.numberWord(tokens.get(to).folded());
                if (scale.isPresent() && scale.get().type() == NumberType.SCALE) {
                    value = value.multiply(scale.get().value());
                    to++;
                    if (to < tokens.size() && tokens.get(to).is(".") && !tokens.get(to).spaceBefore()) {
                        to++;
                    }
                }
            }
            return Optional.of(new Reading(value, from, to, false, false));
        }
        return words(tokens, from, data);
    }

    private static Optional<Reading> words(List<Token> tokens, int from, NordicLanguageData data) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        int to = from;
        boolean any = false;
        boolean onlyOne = false;
        NumberType last = null;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                if (t.is(".") && last == NumberType.SCALE && !t.spaceBefore()) {
                    to = i + 1; // "mio."
                }
                break;
            }
            if (t.is("og") && any && last != NumberType.ONE && i + 1 < tokens.size()) {
                Optional<NumberWord> next = data.numberWord(tokens.get(i + 1).folded());
                if (next.isPresent() && next.get().type() != NumberType.SCALE) {
                    continue; // "to og tyve", "hundre og tjue", "to og en halv"
                }
                break;
            }
            Optional<NumberWord> word = data.numberWord(t.folded());
            if (word.isEmpty()) {
                break;
            }
            NumberWord w = word.get();
            boolean afterOg = i > from && tokens.get(i - 1).is("og");
            switch (w.type()) {
                case SCALE -> {
                    if (current.signum() == 0) {
                        current = BigDecimal.ONE;
                    }
                    current = current.multiply(w.value());
                    if (w.value().compareTo(BigDecimal.valueOf(1000)) >= 0) {
                        total = total.add(current);
                        current = BigDecimal.ZERO;
                    }
                }
                case FRACTION -> {
                    if (last == NumberType.ONE && w.value().compareTo(new BigDecimal("0.5")) == 0) {
                        current = current.subtract(BigDecimal.ONE).add(w.value()); // "en halv" = 0.5
                    } else if (any && !afterOg && last != NumberType.SCALE) {
                        return done(total, current, from, to, any, onlyOne);
                    } else {
                        current = current.add(w.value());
                    }
                }
                case ONE, CARDINAL -> {
                    if (any && !afterOg && last != NumberType.SCALE) {
                        return done(total, current, from, to, any, onlyOne); // "to tre" is two numbers
                    }
                    current = current.add(w.value());
                    onlyOne = !any && w.type() == NumberType.ONE;
                }
            }
            if (w.type() != NumberType.ONE) {
                onlyOne = false;
            }
            any = true;
            last = w.type();
            to = i + 1;
        }
        return done(total, current, from, to, any, onlyOne);
    }

    private static Optional<Reading> done(BigDecimal total, BigDecimal current, int from, int to, boolean any, boolean onlyOne) {
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(new Reading(total.add(current).stripTrailingZeros(), from, to, true, onlyOne));
    }
}
