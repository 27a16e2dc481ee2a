package pl.wspolnie.shared;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every refusal of our API into {@code application/problem+json}, naming the offending fields. */
@RestControllerAdvice(basePackages = "pl.wspolnie")
class ProblemResponses extends ResponseEntityExceptionHandler {

    private final DataSize maxFileSize;

    /** Spring Boot's own multipart settings ({@code spring.servlet.multipart.*}); absent outside a servlet context. */
    ProblemResponses(ObjectProvider<MultipartProperties> multipart) {
        this.maxFileSize = multipart.getIfAvailable(MultipartProperties::new).getMaxFileSize();
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage()), e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Not allowed at this stage", e.getMessage());
    }

    @ExceptionHandler(TooLargeException.class)
    ProblemDetail tooLarge(TooLargeException e) {
        return withErrors(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Too large", e.field() + ": " + e.getMessage()),
                List.of(new InvalidInputException.FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return withErrors(problem(HttpStatus.FORBIDDEN, "Forbidden", e.field() + ": " + e.getMessage()),
                List.of(new InvalidInputException.FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(UnsupportedFileException.class)
    ProblemDetail unsupported(UnsupportedFileException e) {
        return withErrors(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file", e.field() + ": " + e.getMessage()),
                List.of(new InvalidInputException.FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrent(ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Changed concurrently", "Someone else changed this record at the same time; reload and try again");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid input", "'" + e.getName() + "' has a wrong format"),
                List.of(new InvalidInputException.FieldError(e.getName(), "has a wrong format")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<InvalidInputException.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new InvalidInputException.FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid input", detail), errors));
    }

    /**
     * An upload over {@code spring.servlet.multipart.max-file-size}; our one upload part is {@code file}. Spring
     * reports a part's headers over the container's limit (a very long file name) the same way, without a size:
     * that is the file name's fault, said so.
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e, HttpHeaders headers,
                                                                         HttpStatusCode status, WebRequest request) {
        if (e.getMaxUploadSize() < 0 && partHeaders(e)) {
            String message = "Nazwa pliku jest za długa: dozwolone najwyżej " + Uploads.MAX_NAME + " znaków. Skróć nazwę pliku.";
            return ResponseEntity.badRequest().body(withErrors(
                    problem(HttpStatus.BAD_REQUEST, "Invalid input", Uploads.NAME_FIELD + ": " + message),
                    List.of(new InvalidInputException.FieldError(Uploads.NAME_FIELD, message))));
        }
        long limit = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() : maxFileSize.toBytes();
        String message = "is larger than the limit of " + megabytes(limit) + "; split it into smaller files";
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(withErrors(
                problem(HttpStatus.PAYLOAD_TOO_LARGE, "Too large", "file: " + message),
                List.of(new InvalidInputException.FieldError("file", message))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        String message = "is required (send it as multipart/form-data)";
        return ResponseEntity.badRequest().body(withErrors(
                problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getRequestPartName() + ": " + message),
                List.of(new InvalidInputException.FieldError(e.getRequestPartName(), message))));
    }

    private static boolean partHeaders(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("header")) {
                return true;
            }
        }
        return false;
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            org.springframework.web.bind.MissingServletRequestParameterException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid input",
                e.getParameterName() + ": is required"), List.of(new InvalidInputException.FieldError(e.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = null;
        String message = "the request body is not valid JSON";
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            message = mapping instanceof InvalidFormatException format
                    ? "'" + format.getValue() + "' is not an accepted value" + accepted(format)
                    : mapping.getCause() instanceof InvalidInputException refused
                    ? refused.errors().get(0).message()
                    : "has a wrong type or shape";
        }
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "Invalid input", field == null ? message : field + ": " + message);
        if (field != null) {
            withErrors(body, List.of(new InvalidInputException.FieldError(field, message)));
        }
        return ResponseEntity.badRequest().body(body);
    }

    private static String accepted(InvalidFormatException e) {
        Class<?> type = e.getTargetType();
        if (type != null && type.isEnum()) {
            return " (accepted: " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")) + ")";
        }
        return "";
    }

    private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
        p.setTitle(title);
        return p;
    }

    private static ProblemDetail withErrors(ProblemDetail p, List<InvalidInputException.FieldError> errors) {
        p.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return p;
    }
}
