package dev.parallax.align.service.facts.value;

/**
 * A person, place or organisation.
 *
 * @param key       spelling-independent key ({@code NameKey}): one person whatever the transliteration
 * @param canonical the fullest form any report writes ("Ashton Carter" for "Ash Carter" and "Carter")
 * @param type      person, place, organisation or nationality
 * @param first     the key of the name's first word, for names of several ("Voss" of "Voss sjukehus"), else null
 */
public record NameValue(String key, String canonical, String type, String first) implements Value {

    public NameValue(String key, String canonical, String type) {
        this(key, canonical, type, null);
    }

    @Override
    public String normalised() {
        return canonical;
    }

    @Override
    public String comparableClass() {
        return "name:" + type;
    }

    @Override
    public Compatibility against(Value other) {
        if (!(other instanceof NameValue o) || !type.equals(o.type)) {
            return Compatibility.INCOMPARABLE;
        }
        if (key.equals(o.key)) {
            return Compatibility.SAME;
        }
        if (first != null && o.first != null && first.equals(o.first)) {
            return Compatibility.COMPATIBLE; // "Rady Children's Hospital" / "Rady sjukehus": one name, its kind worded apart
        }
        // "Haukeland" and "Haukeland universitetssjukehus", "Aalborg" and "Aalborg Universitetshospital"
        return key.startsWith(o.key) || o.key.startsWith(key) ? Compatibility.COMPATIBLE : Compatibility.INCOMPATIBLE;
    }
}
