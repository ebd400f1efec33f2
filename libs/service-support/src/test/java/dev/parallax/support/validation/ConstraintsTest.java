package dev.parallax.support.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

    record Document(@NotNull @CleanText String id, @VisibleText @CleanText @ConfiguredMax(property = "test.max-chars") String text,
            @IsoDate String published, @CleanText(controlsStripped = true) String note) {
    }

    record Request(@ConfiguredMax(property = "test.max-items") List<@Valid Document> documents,
            List<@CleanText String> texts) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        System.setProperty("test.max-chars", "10");
        System.setProperty("test.max-items", "2");
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aCleanRequestHasNoViolation() {
        assertThat(validator.validate(new Request(List.of(doc("a", "Tekst", "2015-09-18")), List.of("ok")))).isEmpty();
    }

    @Test
    void violationsNameTheFieldAsTheClientWroteIt() {
        var violations = validator.validate(new Request(
                List.of(doc("a", "Tekst", null), doc("b", "\u200b \t", "18.09.2015")), List.of("ok", "bad\u0007")));
        assertThat(Violations.detail(violations)).isEqualTo(
                "documents[1].published: must be an ISO date (2015-09-18) or date-time (2015-09-18T08:30:00Z), not '18.09.2015'; "
                        + "documents[1].text: is required and must not be blank; "
                        + "texts[1]: holds the control character U+0007 at 3; only tab and line breaks are accepted");
        assertThat(Violations.status(violations)).isEqualTo(400);
    }

    @Test
    void controlsAreAcceptedWhereTheServiceStripsThemButUnpairedSurrogatesNeverAre() {
        assertThat(validator.validate(new Document("a", "Tekst", null, "note\u0007"))).isEmpty();
        var violations = validator.validate(new Document("a", "Tekst", null, "note\ud800"));
        assertThat(Violations.detail(violations)).startsWith("note: holds an unpaired UTF-16 surrogate");
    }

    @Test
    void aConfiguredLimitIsA413OnlyWhenNothingElseIsWrong() {
        Set<ConstraintViolation<Request>> tooLong = validator.validate(new Request(
                List.of(doc("a", "Tekst", null), doc("b", "elleve tegn", null)), null));
        assertThat(Violations.detail(tooLong)).isEqualTo("documents[1].text: has 11 characters; at most 10 are accepted");
        assertThat(Violations.status(tooLong)).isEqualTo(413);

        Set<ConstraintViolation<Request>> tooMany = validator.validate(new Request(
                List.of(doc("a", "Tekst", null), doc("b", "Tekst", null), doc("c", "Tekst", null)), null));
        assertThat(Violations.detail(tooMany)).isEqualTo("documents: has 3 elements; at most 2 are accepted");
        assertThat(Violations.status(tooMany)).isEqualTo(413);

        Set<ConstraintViolation<Request>> mixed = validator.validate(new Request(
                List.of(doc("a", "Tekst", null), doc("b", "elleve tegn", "i går")), null));
        assertThat(Violations.status(mixed)).isEqualTo(400);
    }

    @Test
    void aClientsTextIsNeverReadAsAMessageExpression() {
        var violations = validator.validate(doc("a", "Tekst", "${1+1}{x}"));
        assertThat(Violations.detail(violations)).contains("not '${1+1}{x}'");
    }

    private static Document doc(String id, String text, String published) {
        return new Document(id, text, published, null);
    }
}
