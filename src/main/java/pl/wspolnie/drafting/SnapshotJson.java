package pl.wspolnie.drafting;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import pl.wspolnie.shared.Sha256;

/**
 * Snapshots as JSON with a mapper of their own, independent of the API's settings: ISO dates, exact decimals
 * written as they are ({@code 1234.50}), nulls kept, fields in declaration order, so the same snapshot always
 * gives the same bytes and the same SHA-256.
 */
final class SnapshotJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SnapshotJson() {
    }

    static String write(DraftSnapshot snapshot) {
        try {
            return MAPPER.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the snapshot of programme " + snapshot.programmeId(), e);
        }
    }

    static DraftSnapshot read(String json) {
        try {
            return MAPPER.readValue(json, DraftSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored snapshot cannot be read", e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
