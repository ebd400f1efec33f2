package dev.parallax.newsroom.client;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads an align answer, fresh from align or as stored with a comparison, into {@link AlignResult}. Kept
 * apart from {@link AlignClient} so that reading a stored answer needs no client (nor its fault tolerance).
 */
@ApplicationScoped
public class AlignResults {

    private final ObjectMapper mapper;

    AlignResults(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public AlignResult read(ObjectNode response) {
        try {
            return mapper.treeToValue(response, AlignResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("align answered in an unexpected shape: " + e.getOriginalMessage(), e);
        }
    }
}
