package pl.wspolnie.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a changing request ({@code POST}, {@code PUT}, {@code DELETE}, …) to {@code /api} or {@code /engine-rest}
 * that a browser marks as sent from another site. Both take HTTP Basic, which a browser keeps after its prompt and
 * sends with every request to this origin, whoever's page makes it; a multipart form post needs no CORS preflight,
 * so without this another site's page could make a logged-in member of staff import proposals or Word edits, or an
 * administrator deploy a process. Browsers say where a request comes from in {@code Sec-Fetch-Site} (only
 * {@code same-origin} and {@code none}, typed or bookmarked, pass) or, older ones, in {@code Origin} (its host must
 * be the one asked, or the public host behind the proxy: {@code server.forward-headers-strategy}). Integrations send
 * neither and pass; reading (GET, HEAD, OPTIONS) always passes. 403 problem+json naming {@code Origin}.
 */
class CrossSiteRequests extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE.contains(request.getMethod()) || fromThisSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        ProblemWriter.write(response, 403, "Forbidden", "Origin",
                "a request from another site may not change anything here; send it from this application or without a browser");
    }

    static boolean fromThisSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            String host = URI.create(origin.strip()).getHost();
            return host != null && host.equalsIgnoreCase(request.getServerName());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
