package pl.wspolnie.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A public form larger than the limit is refused with 413 (the Polish error page) before anything reads it; without
 * this the container would silently drop all its fields, token included, and the person would get "form expired"
 * with nothing of what they typed. The limit is well above the longest form the pages allow.
 */
class PublicFormSize extends OncePerRequestFilter {

    private final long maxBytes;

    PublicFormSize(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
