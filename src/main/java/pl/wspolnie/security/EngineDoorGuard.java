package pl.wspolnie.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one guard at both doors to the engine (its REST API and the webapps' API), after the caller is authenticated
 * and after {@link CanonicalPaths} made sure the path is written the one way read here. It reads the request once
 * ({@link EngineCall}) and asks the rules in turn: who may do what ({@link EngineAccessRules}, 403 and the password
 * policy's 400), then what may be stored ({@link EngineInputRules}, 400/413). The first refusal is the answer,
 * problem+json naming the field; a request no rule refuses goes on with its body as read.
 */
class EngineDoorGuard extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final long maxBody;
    private final EngineAccessRules access;
    private final EngineInputRules input;

    EngineDoorGuard(ObjectMapper json, long maxBody, EngineAccessRules access, EngineInputRules input) {
        this.json = json;
        this.maxBody = maxBody;
        this.access = access;
        this.input = input;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineCall call = EngineCall.of(request, json, maxBody);
        if (call == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            access.check(call);
            input.check(call);
        } catch (Refusal refusal) {
            refusal.write(response);
            return;
        }
        chain.doFilter(call.forwarded(), response);
    }
}
