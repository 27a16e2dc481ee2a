package pl.wspolnie.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Our API reads JSON bodies of at most a limit; a longer one is refused with 413 naming {@code body}, unread. */
class JsonBodyLimit extends OncePerRequestFilter {

    private final long maxBody;

    JsonBodyLimit(long maxBody) {
        this.maxBody = maxBody;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase().contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CachedBody body = CachedBody.read(request, maxBody);
        if (body == null) {
            Refusal.tooLarge(maxBody).write(response);
            return;
        }
        chain.doFilter(body, response);
    }
}
