package dev.parallax.newsroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A stand-in for translate: answers the request's text with every line prefixed by the direction,
 * e.g. "[da>nb] ", so a test can tell a translation from the original and see that paragraphs
 * survive. Words in capitals only (acronyms) are reported as unknown.
 */
public class EchoTranslation implements ResponseDefinitionTransformerV2 {

    static final String NAME = "echo-translation";

    private static final ObjectMapper JSON = new ObjectMapper();

    static String translated(String text, String source, String target) {
        String prefix = "[" + source + ">" + target + "] ";
        return prefix + text.replaceAll("(\\R+)", "$1" + Matcher.quoteReplacement(prefix));
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        try {
            JsonNode request = JSON.readTree(serveEvent.getRequest().getBodyAsString());
            String text = request.path("text").asText();
            String source = request.path("source").asText("da");
            String target = request.path("target").asText();
            List<String> unknown = Arrays.stream(text.split("[^\\p{L}]+"))
                    .filter(w -> w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)))
                    .distinct()
                    .toList();
            String body = JSON.writeValueAsString(Map.of("translation", translated(text, source, target),
                    "source", source, "target", target, "unknown", unknown));
            // like(): keeps what the stub adds, such as a delay
            return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition())
                    .withStatus(200).withHeader("Content-Type", "application/json").withBody(body).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }
}
