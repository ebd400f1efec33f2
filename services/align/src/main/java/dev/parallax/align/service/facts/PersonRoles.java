package dev.parallax.align.service.facts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parallax.text.Folding;
import dev.parallax.text.lang.NordicLanguageData;

/**
 * The role a report gives a person, read from the shape of the Danish or Norwegian noun phrase next to
 * the name rather than from a list of people: "den amerikanske forsvarsminister Ash Carter",
 * "Pentagons pressesekretær Peter Cook", "Peter Cook, talsmand for Pentagon, siger …".
 * <p>
 * A role is a noun whose compound head names an office or occupation (forsvars<b>minister</b>,
 * presse<b>sekretær</b>, tals<b>mand</b>, udenrigs<b>chef</b>): these languages write compounds as one
 * word, so a short list of heads covers thousands of titles. Before the name, the role may carry
 * adjectives ("russiske") and an owner in the genitive ("Ruslands", "USA's"); after the name, it stands
 * between commas and may name its institution ("talsmand for Pentagon").
 */
final class PersonRoles {

    private static final NordicLanguageData DATA = NordicLanguageData.get();

    /** Attributive adjectives before a role: "amerikanske", "tidligere", "nyvalgte", "daværende". */
    private static final Pattern ADJECTIVE = Pattern.compile("\\p{Ll}+(?:e|ig|lig|leg)");

    /** An owner in the genitive: "Ruslands", "Pentagons", "USA's", "NATO’s". */
    private static final Pattern GENITIVE = Pattern.compile("\\p{Lu}[\\p{L}-]*(?:s|'s|’s)");

    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");

    private static final Pattern ROLE_AFTER = Pattern.compile(
            "^,[ \\t]+((?:\\p{Ll}+[ \\t]+){0,2}?(\\p{L}+)(?:[ \\t]+(?:for|i|af|av|ved|hos|på|til)[ \\t]+\\p{Lu}[\\p{L}'’-]*"
                    + "(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*)*)?)[ \\t]*[,.;]");

    private PersonRoles() {
    }

    /**
     * The role stated next to the name at {@code [start, end)} of {@code text}, or null. {@code sentenceStart}
     * is where the name's sentence begins: a role never reaches across sentences.
     */
    static String around(String text, int start, int end, int sentenceStart) {
        String before = before(text, start, Math.max(0, Math.min(sentenceStart, start)));
        return before != null ? before : after(text, end);
    }

    /** "den russiske forsvarsminister[,] Sergei Shoigu" → "russiske forsvarsminister". */
    private static String before(String text, int start, int sentenceStart) {
        String head = text.substring(sentenceStart, start).stripTrailing();
        if (head.endsWith(",")) {
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(head);
        while (m.find()) {
            words.add(m.group());
        }
        if (words.isEmpty() || !head.endsWith(words.get(words.size() - 1))) {
            return null; // punctuation other than a comma between the phrase and the name
        }
        int last = words.size() - 1;
        String noun = words.get(last);
        boolean firstOfSentence = last == 0;
        if (!isRoleNoun(noun) || (Character.isUpperCase(noun.charAt(0)) && !firstOfSentence)) {
            return null;
        }
        Deque<String> role = new ArrayDeque<>();
        role.push(firstOfSentence ? noun.toLowerCase(Locale.ROOT) : noun);
        for (int i = last - 1; i >= 0 && role.size() < 4; i--) {
            String word = words.get(i);
            String folded = Folding.fold(word);
            // adverbs that end like adjectives: "så længe præsident Assad …" is not a long president
            if (ADJECTIVE.matcher(word).matches() && !DATA.isNameCue("determiner", folded) && !DATA.isNameCue("not-adjective", folded)) {
                role.push(word);
            } else if (GENITIVE.matcher(word).matches()) {
                role.push(word);
                break; // the owner opens the phrase
            } else {
                break;
            }
        }
        return String.join(" ", role);
    }

    /** "Peter Cook, talsmand for Pentagon, siger …" → "talsmand for Pentagon". */
    private static String after(String text, int end) {
        Matcher m = ROLE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 80)));
        if (!m.find() || !isRoleNoun(m.group(2))) {
            return null;
        }
        return m.group(1);
    }

    static boolean isRoleNoun(String word) {
        return DATA.isRoleNoun(word);
    }
}
