package dev.parallax.align.service.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.parallax.align.service.Report;
import dev.parallax.align.service.facts.value.Amount;
import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;
import dev.parallax.text.lang.NordicLanguageData;

/**
 * The whole numbers each sentence writes, in digits or as a number word, whether or not the extractor read them as
 * a fact: a bare "sju" or "to av dei" counts nothing the extractor can name, yet a report that writes it states
 * that number. "To personer ble kjørt …, og sju ble skadd" and "Sju personar fekk skadar, og to av dei …" give
 * the same two numbers in another order, not a contradiction.
 */
final class WrittenNumbers {

    private final List<List<Set<BigDecimal>>> numbers = new ArrayList<>();

    WrittenNumbers(List<Report> reports) {
        NordicLanguageData data = NordicLanguageData.get();
        for (Report report : reports) {
            List<Set<BigDecimal>> ofReport = new ArrayList<>();
            for (int s = 0; s < report.sentences().size(); s++) {
                Set<BigDecimal> written = new HashSet<>();
                for (Token t : Tokenizer.tokens(report.sentence(s))) {
                    if (t.isNumber() && t.text().chars().allMatch(Character::isDigit) && t.text().length() <= 9) {
                        written.add(new BigDecimal(t.text()));
                    } else if (t.isWord()) {
                        // "en", "ein", "et" are the indefinite article far more often than the number one
                        data.numberWord(t.folded()).filter(w -> w.value().compareTo(BigDecimal.ONE) > 0)
                                .ifPresent(w -> written.add(w.value().stripTrailingZeros()));
                    }
                }
                ofReport.add(written);
            }
            numbers.add(ofReport);
        }
    }

    /** The fact is a whole count and one of those sentences of report {@code doc} writes its number. */
    boolean restated(Fact f, int doc, Collection<Integer> sentences) {
        if (!(f.value() instanceof Amount a) || !a.dimension().equals("count") || a.bound() == dev.parallax.align.service.facts.value.Bound.RANGE
                || a.value().stripTrailingZeros().scale() > 0) {
            return false;
        }
        BigDecimal value = a.value().stripTrailingZeros();
        for (int s : sentences) {
            if (s >= 0 && s < numbers.get(doc).size()) {
                for (BigDecimal n : numbers.get(doc).get(s)) {
                    if (n.compareTo(value) == 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
