package pl.wspolnie.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads and submits the public pages as a browser without JavaScript would: keeps cookies, does not follow
 * redirects (the test follows them), sends a form with what its inputs hold plus what the "person" typed.
 */
public final class Browser {

    public record Page(int status, Document html, Optional<String> location, String contentLanguage,
                       java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Browser(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Sends this header with every request from now on, e.g. {@code X-Forwarded-For} as a proxy would. */
    public Browser withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Page open(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
    }

    /** Submits the form as it stands, with {@code typed} replacing or adding field values (null removes one). */
    public Page submit(Element form, Map<String, String> typed) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name]")) {
            String type = input.attr("type");
            if (type.equals("radio") || type.equals("checkbox")) {
                if (input.hasAttr("checked")) {
                    fields.put(input.attr("name"), input.attr("value"));
                }
            } else {
                fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.attr("value"));
            }
        }
        typed.forEach((name, value) -> {
            if (value == null) {
                fields.remove(name);
            } else {
                fields.put(name, value);
            }
        });
        return post(form.attr("action"), fields);
    }

    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** Any method, with these headers (replacing the browser's, e.g. Accept) and an optional body. */
    public Page request(String method, String path, Map<String, String> requestHeaders, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        requestHeaders.forEach(builder::setHeader);
        return send(builder.build());
    }

    private Page send(HttpRequest request) {
        if (!headers.isEmpty()) {
            HttpRequest.Builder copy = HttpRequest.newBuilder(request, (name, value) -> true);
            headers.forEach(copy::setHeader);
            request = copy.build();
        }
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), Jsoup.parse(response.body(), base), response.headers().firstValue("Location"),
                    response.headers().firstValue("Content-Language").orElse(""), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
