package dev.parallax.align.service.facts.value;

/**
 * A result in goals or points ("3-1", "2–1", "34 mot 31"), kept as written.
 * <p>
 * Reports write a result from either side: "Rosenborg vant 2-1" and "Brøndby tapte 1-2" are one result, but
 * "København vandt 3-1" and "København tapte 1-3" are two. A verb of winning or losing right after a name
 * says whose goals come first ({@code subject}, {@code won}). Two scores of one subject, or of none, compare
 * in the order written; of two different subjects, reversed; a score whose side is unknown compares with
 * any order of the same two numbers.
 *
 * @param subject the name key of the side the report names with the verb ("kobenhavn"), or null
 * @param won     whether the verb said that side won (true), lost (false); null without a verb
 */
public record Score(int first, int second, String subject, Boolean won) implements Value {

    public Score(int first, int second) {
        this(first, second, null, null);
    }

    @Override
    public String normalised() {
        return first + "-" + second;
    }

    @Override
    public String comparableClass() {
        return "score";
    }

    @Override
    public Compatibility against(Value other) {
        if (!(other instanceof Score o)) {
            return Compatibility.INCOMPARABLE;
        }
        boolean inOrder = first == o.first && second == o.second;
        boolean reversed = first == o.second && second == o.first;
        if (won == null || o.won == null) {
            // whose goals come first is unknown on one side at least: the same two numbers may be one result
            return inOrder || reversed ? Compatibility.SAME : Compatibility.INCOMPATIBLE;
        }
        boolean sameSide = subject != null && subject.equals(o.subject);
        boolean otherSide = subject != null && o.subject != null && !subject.equals(o.subject);
        if (sameSide) {
            return inOrder ? Compatibility.SAME : Compatibility.INCOMPATIBLE;
        }
        if (otherSide) {
            return reversed ? Compatibility.SAME : Compatibility.INCOMPATIBLE;
        }
        // sides unknown, verbs known: winner first on both
        int winnerA = won ? first : second;
        int loserA = won ? second : first;
        int winnerB = o.won ? o.first : o.second;
        int loserB = o.won ? o.second : o.first;
        return winnerA == winnerB && loserA == loserB ? Compatibility.SAME : Compatibility.INCOMPATIBLE;
    }
}
