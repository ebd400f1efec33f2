package dev.parallax.align.service.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.parallax.align.service.facts.ValueCases.PairCase;
import dev.parallax.align.service.facts.ValueCases.ValueCase;
import dev.parallax.align.service.facts.value.Compatibility;

/**
 * Every value kind in Danish, Bokmål and Nynorsk, and every compatibility rule, on hand-made sentences
 * ({@link ValueCases}): the cases the code was developed on one by one, the held-out half at a rate.
 */
class ValueCasesTest {

    /** The held-out cases must keep at least this share right: they measure how well the rules generalise. */
    private static final double HELD_OUT_VALUES = 0.80;
    private static final double HELD_OUT_PAIRS = 0.80;

    static List<ValueCase> developmentValues() {
        return ValueCases.values().stream().filter(c -> !c.heldOut()).toList();
    }

    static List<PairCase> developmentPairs() {
        return ValueCases.pairs().stream().filter(c -> !c.heldOut()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("developmentValues")
    void readsTheValue(ValueCase c) {
        Optional<Fact> found = ValueCases.found(c);
        assertThat(found).as("a %s over «%s» in «%s»", c.valueClass(), c.mention(), c.sentence()).isPresent();
        assertThat(found.get().value().normalised()).as("value of «%s»", c.mention())
                .matches(v -> ValueCases.states(found.get(), c), "is " + c.value());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("developmentPairs")
    void judgesThePair(PairCase c) {
        assertThat(relation(c)).as(c.toString()).isEqualTo(c.relation());
    }

    @Test
    void heldOutValuesAreMostlyRead() {
        List<String> wrong = new ArrayList<>();
        List<ValueCase> heldOut = ValueCases.values().stream().filter(ValueCase::heldOut).toList();
        for (ValueCase c : heldOut) {
            Optional<Fact> found = ValueCases.found(c);
            if (found.isEmpty() || !ValueCases.states(found.get(), c)) {
                wrong.add(c + " → " + found.map(f -> f.value().comparableClass() + " " + f.value().normalised()).orElse("nothing"));
            }
        }
        double right = 1 - (double) wrong.size() / heldOut.size();
        System.out.printf("held-out value cases: %d of %d right (%.3f)%n", heldOut.size() - wrong.size(), heldOut.size(), right);
        assertThat(right).as("share of held-out value cases read right; misses: %s", wrong).isGreaterThanOrEqualTo(HELD_OUT_VALUES);
    }

    @Test
    void heldOutPairsAreMostlyJudgedRight() {
        List<String> wrong = new ArrayList<>();
        List<PairCase> heldOut = ValueCases.pairs().stream().filter(PairCase::heldOut).toList();
        for (PairCase c : heldOut) {
            String relation = relation(c);
            if (!relation.equals(c.relation())) {
                wrong.add(c + " → " + relation);
            }
        }
        double right = 1 - (double) wrong.size() / heldOut.size();
        System.out.printf("held-out pairs: %d of %d right (%.3f)%n", heldOut.size() - wrong.size(), heldOut.size(), right);
        assertThat(right).as("share of held-out pairs judged right; misses: %s", wrong).isGreaterThanOrEqualTo(HELD_OUT_PAIRS);
    }

    /** "agree", "conflict", or what went wrong: no value found, or values not comparable. */
    private static String relation(PairCase c) {
        Optional<Fact> a = ValueCases.found(c.a());
        Optional<Fact> b = ValueCases.found(c.b());
        if (a.isEmpty() || b.isEmpty()) {
            return "no value found over «" + (a.isEmpty() ? c.a().mention() : c.b().mention()) + "»";
        }
        Compatibility r = a.get().value().against(b.get().value());
        return r.agrees() ? "agree" : r == Compatibility.INCOMPATIBLE ? "conflict"
                : "incomparable (" + a.get().value().normalised() + " / " + b.get().value().normalised() + ")";
    }
}
