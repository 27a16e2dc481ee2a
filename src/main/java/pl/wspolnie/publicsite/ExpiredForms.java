package pl.wspolnie.publicsite;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UrlPathHelper;

/**
 * A public form sent without its CSRF cookie, or with one that does not match the form's token (the browser was closed
 * or its cookies cleared while the person was typing; the public site keeps no session, see
 * {@code SecurityConfiguration.publicCsrfCookie}) is not lost: the request is forwarded, with {@link #HEADER} added, to the controller's "show again" handler of the same
 * address, which renders the form with what was typed, a fresh token and a Polish explanation (403), and stores
 * nothing. Those handlers only render, so nothing reaches a handler that stores without a valid token. Where a path
 * has no such handler the answer is the 403 page of {@link #page()} ({@link Fallback}).
 */
@org.springframework.stereotype.Component(ExpiredForms.BEAN)
public final class ExpiredForms implements AccessDeniedHandler {

    /** The bean the public pages' security chain takes as its access-denied handler (by name, see ADR 0006). */
    public static final String BEAN = "publicFormsAccessDenied";

    /** Present on the forwarded request; the "show again" handlers are mapped with {@code headers = HEADER}. */
    public static final String HEADER = "X-Wspolnie-Expired-Form";
    /** The message of the form shown again; the error summary links it to the send button ({@code #wyslij}). */
    static final String MESSAGE = "Formularz wygasł, bo od jego otwarcia przeglądarka została zamknięta albo usunęła ciasteczka, więc go jeszcze "
            + "nie przyjęliśmy. "
            + "To, co wpisano, jest poniżej: sprawdź dane i wyślij formularz ponownie.";
    private static final String ATTRIBUTE = ExpiredForms.class.getName();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException) || !"POST".equals(request.getMethod()) || response.isCommitted()
                || request.getAttribute(ATTRIBUTE) != null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
        String path = new UrlPathHelper().getPathWithinApplication(request);
        request.getRequestDispatcher(path).forward(new Marked(request), response);
    }

    /** The errors of a form shown again: the explanation, linked to the send button. */
    static java.util.Map<String, String> errors(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return java.util.Map.of("wyslij", MESSAGE);
    }

    /** Whether this request is a form forwarded here for its expired token. */
    static boolean rejected(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) != null;
    }

    /** Where no form can be shown again: a Polish page saying to open the form and send it again. */
    static ModelAndView page() {
        return ErrorPages.page(HttpStatus.FORBIDDEN, "Formularz wygasł",
                "Przeglądarka nie odesłała zabezpieczenia formularza (została zamknięta, usunęła albo blokuje ciasteczka), "
                        + "więc go nie przyjęliśmy. "
                        + "Wróć do formularza, odśwież stronę i wyślij go ponownie.");
    }

    /**
     * A forwarded form whose address has no "show again" handler (no handler at all, or one that stores: refused by
     * {@link PublicFormGuard}) gets the 403 page here; the container renders no error page for a forward.
     */
    static final class Fallback implements HandlerExceptionResolver, Ordered {

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                             Exception e) {
            return rejected(request) && (handler == null || e instanceof CsrfException) ? page() : null;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** The request with {@link #HEADER} added. */
    private static final class Marked extends HttpServletRequestWrapper {

        Marked(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HEADER.equalsIgnoreCase(name) ? "1" : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HEADER.equalsIgnoreCase(name) ? Collections.enumeration(List.of("1")) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()));
            names.add(HEADER);
            return Collections.enumeration(names);
        }
    }
}
