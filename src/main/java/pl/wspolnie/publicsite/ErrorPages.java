package pl.wspolnie.publicsite;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page of the whole application ({@code /error}, replacing Spring Boot's whitelabel page and its English
 * JSON): what the container or a filter refused outside a controller (unknown address, wrong method, CSRF, an
 * exception in a filter). Machine clients ({@code /api/**}, {@code /engine-rest/**}, {@code /actuator/**} and the
 * webapps' own {@code /camunda/api/**}) get
 * {@code application/problem+json}; everything else is a Polish page in the public site's layout, whatever the
 * {@code Accept} header says.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final String[] MACHINE_PATHS = {"/api/", "/engine-rest/", "/actuator/", "/camunda/api/"};

    @RequestMapping("${server.error.path:${error.path:/error}}")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        if (isMachinePath(path)) {
            ProblemDetail problem = ProblemDetail.forStatus(status);
            problem.setTitle(status.getReasonPhrase());
            try {
                problem.setInstance(URI.create(uri));
            } catch (IllegalArgumentException e) {
                // an address that is no URI: the problem without it
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        if (ExpiredForms.rejected(request)) {
            return ExpiredForms.page();
        }
        return page(status);
    }

    static boolean isMachinePath(String path) {
        for (String prefix : MACHINE_PATHS) {
            if (path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** A refusal as a Polish page: heading and message by status. */
    static ModelAndView page(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> page(status, "Nie możemy przyjąć tego żądania",
                    "Adres albo wysłane dane są niepełne lub mają niewłaściwą postać. Wróć do poprzedniej strony i spróbuj ponownie.");
            case FORBIDDEN -> page(status, "Brak dostępu", "Tej strony nie można otworzyć albo tej czynności nie można wykonać.");
            case NOT_FOUND -> page(status, "Nie znaleziono strony",
                    "Tej strony nie ma. Mogła zostać usunięta albo adres jest niepełny.");
            case METHOD_NOT_ALLOWED -> page(status, "Tej czynności nie można tu wykonać",
                    "Strona pod tym adresem nie przyjmuje takiego żądania. Otwórz ją z menu albo z linku na stronie.");
            case CONFLICT -> page(status, "Tego nie można teraz zrobić",
                    "Sprawa zmieniła się w międzyczasie i tej czynności nie można już wykonać. Otwórz stronę ponownie i sprawdź aktualne informacje.");
            case PAYLOAD_TOO_LARGE -> page(status, "Wysłane dane są za duże",
                    "Formularz albo plik jest większy, niż możemy przyjąć. Skróć tekst albo wyślij mniejszy plik.");
            case UNSUPPORTED_MEDIA_TYPE -> page(status, "Nieobsługiwany format danych",
                    "Wysłane dane mają format, którego ta strona nie przyjmuje. Wyślij formularz ze strony.");
            case TOO_MANY_REQUESTS -> page(status, "Za dużo zgłoszeń w krótkim czasie",
                    "Wysłano w krótkim czasie zbyt wiele formularzy. Spróbuj ponownie później.");
            case INTERNAL_SERVER_ERROR -> page(status, "Wystąpił błąd po naszej stronie",
                    "Nie udało się wykonać tej czynności z powodu błędu serwera. Spróbuj ponownie za kilka minut.");
            case SERVICE_UNAVAILABLE -> page(status, "Usługa chwilowo niedostępna",
                    "Strona jest chwilowo niedostępna. Spróbuj ponownie za kilka minut.");
            default -> page(status, "Wystąpił błąd",
                    "Nie udało się otworzyć tej strony (kod błędu " + status.value() + "). Wróć do strony głównej i spróbuj ponownie.");
        };
    }

    static ModelAndView page(HttpStatus status, String heading, String message) {
        ModelAndView page = new ModelAndView("public/problem");
        page.setStatus(status);
        page.addObject("heading", heading);
        page.addObject("message", message);
        return page;
    }
}
