package pl.wspolnie.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A small HTTP client for tests that talk to the running application as a given user. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public record Response(int status, JsonNode body, String text, Optional<String> location, String contentType) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String user;
    private final java.util.Map<String, String> headers;

    public Http(int port, String user) {
        this("http://localhost:" + port, user, java.util.Map.of());
    }

    private Http(String base, String user, java.util.Map<String, String> headers) {
        this.base = base;
        this.user = user;
        this.headers = headers;
    }

    /** The same client sending one more header with every request (e.g. what a browser adds). */
    public Http withHeader(String name, String value) {
        var more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new Http(base, user, more);
    }

    /** The user this client logs in as; null when anonymous. */
    public String user() {
        return user;
    }

    public Http as(String otherUser) {
        return new Http(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), otherUser);
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    /** The body of a download (a document), failing unless 200. */
    public byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> response = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, Object body) {
        return sendJson(path, "POST", body);
    }

    public Response put(String path, Object body) {
        return sendJson(path, "PUT", body);
    }

    private Response sendJson(String path, String method, Object body) {
        String json;
        try {
            json = body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public Response delete(String path) {
        return send(request(path).DELETE().build());
    }

    /** Uploads one file as {@code multipart/form-data}, as a browser's file input or {@code curl -F} would. */
    public Response postFile(String path, String part, String fileName, String contentType, byte[] content) {
        return postParts(path, java.util.Map.of(), part, fileName, contentType, content);
    }

    /** Replaces a file ({@code PUT}, multipart), as {@code curl -X PUT -F} would. */
    public Response putFile(String path, String part, String fileName, String contentType, byte[] content) {
        return multipart("PUT", path, java.util.Map.of(), part, fileName, contentType, content);
    }

    /** Uploads one file with text fields before it, as an HTML form with a file input would. */
    public Response postParts(String path, java.util.Map<String, String> fields, String part, String fileName,
                              String contentType, byte[] content) {
        return multipart("POST", path, fields, part, fileName, contentType, content);
    }

    private Response multipart(String method, String path, java.util.Map<String, String> fields, String part,
                               String fileName, String contentType, byte[] content) {
        String boundary = "wspolnie-" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = null;
            String text = response.body();
            if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
                body = JSON.readTree(text);
            }
            return new Response(response.statusCode(), body, text, response.headers().firstValue("Location"),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
