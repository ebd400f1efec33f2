package dev.parallax.newsroom.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of align's {@code POST /api/v1/align}: two to twenty reports of one event. */
public record AlignRequest(List<Document> documents) {

    /**
     * @param language  omitted when unknown or undetermined
     * @param published ISO date; anchors relative dates such as "fredag"
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(String id, String text, String language, String published) {
    }
}
