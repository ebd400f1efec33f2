package dev.parallax.support.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.parallax.support.problem.ProblemException;

class JsonProblemsTest {

    record Article(String source, String text) {
    }

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private ProblemException problemReading(String document) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> json.readValue(document, Article.class));
        assertThat(e).as(document).isNotNull();
        return JsonProblems.problem(e);
    }

    @Test
    void aWrongTypeNamesTheFieldAndAScalarItsValue() {
        ProblemException problem = problemReading("{\"source\": {\"name\": \"Ritzau\"}, \"text\": \"Tekst\"}");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.getMessage()).isEqualTo("Field 'source' has the wrong type.");
        assertThat(problemReading("{\"source\": \"Ritzau\", \"text\": 5}").getMessage())
                .isEqualTo("Invalid value '5' for field 'text'.");
    }

    @Test
    void anotherShapeAtTheRootIsNotAnObject() {
        assertThat(problemReading("[]").getMessage()).isEqualTo(JsonProblems.NOT_AN_OBJECT);
        assertThat(problemReading("\"Ritzau\"").getMessage()).isEqualTo(JsonProblems.NOT_AN_OBJECT);
    }

    @Test
    void aSyntaxErrorNamesItsPositionOnOneLine() {
        String detail = problemReading("{\"source\": \"Ritzau\",}").getMessage();
        assertThat(detail).startsWith("The body is not valid JSON: ").doesNotContain("\n");
    }

    @Test
    void aKeyTwiceIsAnError() {
        assertThat(problemReading("{\"text\": \"a\", \"text\": \"b\"}").getMessage()).contains("Duplicate field 'text'");
    }

    @Test
    void aProblemRaisedWhileParsingIsAnsweredAsItself() {
        ProblemException limit = ProblemException.tooLarge("too many");
        JsonProcessingException wrapped = new JsonProcessingException("wrapped", limit) {
        };
        assertThat(JsonProblems.problem(wrapped)).isSameAs(limit);
    }
}
