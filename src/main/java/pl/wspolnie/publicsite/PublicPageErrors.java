package pl.wspolnie.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.NotFoundException;
import pl.wspolnie.shared.TooLargeException;

/**
 * Every refusal of the public pages' controllers as a page in Polish, never the API's problem+json: ahead of
 * {@code ProblemResponses} for the controllers of this package. What happens outside a controller goes to
 * {@link ErrorPages}.
 */
@ControllerAdvice(basePackageClasses = PublicPageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicPageErrors {

    private static final Logger log = LoggerFactory.getLogger(PublicPageErrors.class);

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        return ErrorPages.page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView closed() {
        return ErrorPages.page(HttpStatus.CONFLICT, "Nabór propozycji jest zamknięty",
                "Do tego programu nie można już zgłaszać propozycji: termin naboru minął.");
    }

    /** Over a rate limit: 429 with Retry-After and when to try again. */
    @ExceptionHandler(PublicFormGuard.TooManySubmissions.class)
    ModelAndView tooMany(PublicFormGuard.TooManySubmissions e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        return ErrorPages.page(HttpStatus.TOO_MANY_REQUESTS, "Za dużo zgłoszeń w krótkim czasie",
                (e.byEmail() ? "Z tego adresu e-mail wysłano" : "Z tego komputera lub sieci wysłano")
                        + " w krótkim czasie zbyt wiele formularzy, więc tego nie przyjęliśmy. Spróbuj ponownie za "
                        + PolishDates.minutes(e.retryAfterSeconds()) + ".");
    }

    /** The field people do not see was filled: a robot, or an autofill; see {@link PublicFormGuard}. */
    @ExceptionHandler(PublicFormGuard.HoneypotFilled.class)
    ModelAndView honeypot() {
        return ErrorPages.page(HttpStatus.BAD_REQUEST, "Formularza nie przyjęliśmy",
                "Formularz zawierał wypełnione pole „" + PublicFormGuard.HONEYPOT_LABEL + "”, które musi zostać puste, "
                        + "więc niczego nie zapisaliśmy. Wróć do formularza, odśwież stronę i wyślij go ponownie.");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView other(Exception e, HttpServletRequest request) {
        HttpStatus status = status(e);
        if (status.is5xxServerError()) {
            log.error("Public page {} {} failed", request.getMethod(), request.getRequestURI(), e);
        } else {
            log.debug("Public page {} {} refused: {}", request.getMethod(), request.getRequestURI(), e.toString());
        }
        return ErrorPages.page(status);
    }

    private static HttpStatus status(Exception e) {
        if (e instanceof InvalidInputException || e instanceof BindException || e instanceof HttpMessageNotReadableException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (e instanceof TooLargeException || e instanceof MaxUploadSizeExceededException) {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
        if (e instanceof ObjectOptimisticLockingFailureException) {
            return HttpStatus.CONFLICT;
        }
        if (e instanceof ErrorResponse response) {
            HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
            return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
