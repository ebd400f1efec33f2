package dev.parallax.newsroom.service.translation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parallax.newsroom.service.Languages;

/** Read models of the event page's reports section: each article's text in the language the editor chose. */
public final class ReadingViews {

    /** Unknown words listed on the page; a long article can have hundreds. */
    static final int UNKNOWN_SHOWN = 30;

    private static final Pattern LINE_BREAKS = Pattern.compile("\\R+");
    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+(\\S.*)");

    private ReadingViews() {
    }

    /** How an article's text is shown. */
    public enum Kind {
        /** The editor chose the originals. */
        ORIGINAL,
        /** The article is already in the chosen language. */
        SAME_LANGUAGE,
        TRANSLATED,
        /** translate failed or is down: the original with a notice. */
        UNAVAILABLE,
        /** The translation is still running after the page's wait: the original, reload later. */
        IN_PROGRESS,
        /** Language unknown yet, or not one translate handles: the original with a notice. */
        UNTRANSLATABLE
    }

    /** A paragraph of an article; a markdown heading line ("# ...") is shown as a heading, without the marks. */
    public record Paragraph(String text, boolean heading) {
    }

    /** A language the editor can choose; {@code code} "original" shows every article as posted. */
    public record Choice(String code, String label, boolean current) {
    }

    /**
     * @param paragraphs         the text shown (translated when {@code kind} is TRANSLATED)
     * @param originalParagraphs the original text, offered one click away under a translation
     */
    public record Report(UUID id, String outlet, String title, LocalDate published, String language, String target,
            Kind kind, List<Paragraph> paragraphs, List<Paragraph> originalParagraphs, List<String> unknown) {

        public boolean translated() {
            return kind == Kind.TRANSLATED;
        }

        public boolean unavailable() {
            return kind == Kind.UNAVAILABLE;
        }

        public boolean inProgress() {
            return kind == Kind.IN_PROGRESS;
        }

        public boolean untranslatable() {
            return kind == Kind.UNTRANSLATABLE;
        }

        public boolean sameLanguage() {
            return kind == Kind.SAME_LANGUAGE;
        }

        public String languageName() {
            return Languages.name(language);
        }

        public String targetName() {
            return Languages.name(target);
        }

        public List<String> unknownShown() {
            return unknown.size() > UNKNOWN_SHOWN ? unknown.subList(0, UNKNOWN_SHOWN) : unknown;
        }

        public int unknownNotShown() {
            return Math.max(0, unknown.size() - UNKNOWN_SHOWN);
        }
    }

    /** @param target da, nb or nn; null when the editor reads the originals */
    public record EventReading(String target, List<Choice> choices, List<Report> reports) {

        public String targetName() {
            return Languages.name(target);
        }

        public boolean translating() {
            return target != null;
        }
    }

    /** Paragraphs as the article's line breaks give them; blank lines only separate. */
    static List<Paragraph> paragraphs(String text) {
        return LINE_BREAKS.splitAsStream(text)
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(ReadingViews::paragraph)
                .toList();
    }

    private static Paragraph paragraph(String line) {
        Matcher heading = HEADING.matcher(line);
        return heading.matches() ? new Paragraph(heading.group(1), true) : new Paragraph(line, false);
    }

    static List<Choice> choices(String target) {
        return List.of(new Choice("original", "Original", target == null),
                new Choice("da", "Danish", "da".equals(target)),
                new Choice("nb", "Bokmål", "nb".equals(target)),
                new Choice("nn", "Nynorsk", "nn".equals(target)));
    }
}
