package dev.parallax.langid.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Plain Lingua 1.2.2 (high accuracy) over the configured languages: the baseline the benchmark compares
 * the Nordic classifier with ({@code langid.engine=lingua}). Only the languages needed are loaded: every
 * extra language costs model memory and time per text, and all 75 would cost 1.4 GB and twenty times
 * the time.
 */
public final class LinguaClassifier implements Classifier {

    private final Map<Language, String> codesByLanguage = new EnumMap<>(Language.class);
    private final List<String> codes = new ArrayList<>();
    private final LanguageDetector detector;
    private final RelativeConfidence conversion;

    /** @param isoCodes ISO 639-1 codes of the languages to load, e.g. da, nb, nn, sv, en */
    public LinguaClassifier(List<String> isoCodes, RelativeConfidence conversion) {
        List<Language> languages = new ArrayList<>();
        for (String code : isoCodes) {
            Language language = Language.Companion.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)));
            languages.add(language);
            codesByLanguage.put(language, code);
            codes.add(code);
        }
        this.detector = LanguageDetectorBuilder.fromLanguages(languages.toArray(new Language[0]))
                .withPreloadedLanguageModels()
                .build();
        this.conversion = conversion;
    }

    @Override
    public List<String> codes() {
        return codes;
    }

    @Override
    public Map<String, Double> scores(String text, int letters) {
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(text);
        Map<String, Double> relative = new HashMap<>();
        values.forEach((language, value) -> {
            String code = codesByLanguage.get(language);
            if (code != null) {
                relative.put(code, value);
            }
        });
        return conversion.probabilities(relative, codes, letters);
    }
}
