package pl.wspolnie.publicsite;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.NotFoundException;

/**
 * Refusals on the public pages as pages in Polish, not as the API's problem+json: ahead of
 * {@code ProblemResponses} for the controllers of this package.
 */
@ControllerAdvice(basePackageClasses = PublicPageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicPageErrors {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, "Nie znaleziono strony",
                "Tej strony nie ma. Mogła zostać usunięta albo adres jest niepełny.");
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView closed() {
        return page(HttpStatus.CONFLICT, "Nabór propozycji jest zamknięty",
                "Do tego programu nie można już zgłaszać propozycji: termin naboru minął.");
    }

    private static ModelAndView page(HttpStatus status, String heading, String message) {
        ModelAndView page = new ModelAndView("public/problem");
        page.setStatus(status);
        page.addObject("heading", heading);
        page.addObject("message", message);
        return page;
    }
}
