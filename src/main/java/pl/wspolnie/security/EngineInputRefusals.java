package pl.wspolnie.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.FormException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wspolnie.shared.InvalidInputException;

/**
 * The engine REST API answers a start or form submission the process refuses (a required form field missing, a
 * value our forms' checks refuse) with 500 "Cannot instantiate process definition"; the fault is the input, so it
 * is answered 400 problem+json naming the field, with the process's own (Polish) message that Tasklist shows.
 * Every other error keeps Camunda's own answer.
 */
@Priority(1)
class EngineInputRefusals implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                var first = invalid.errors().get(0);
                return refusal(first.field(), first.message());
            }
            if (cause instanceof FormFieldValidatorException validator) {
                return refusal(validator.getId(), validator.getMessage());
            }
            if (cause instanceof FormFieldValidationException checked && checked.getDetail() instanceof String field) {
                // our delegates' refusal of one field (process.Vars.userInput), its Polish sentence already made
                return refusal(field, checked.getMessage());
            }
            if (cause instanceof FormException form) {
                return refusal("variables", form.getMessage());
            }
        }
        return camunda.toResponse(exception);
    }

    private static Response refusal(String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", "Invalid input");
        body.put("status", 400);
        body.put("detail", message);
        body.put("message", message);
        body.put("errors", List.of(Map.of("field", field == null ? "variables" : field, "message", message)));
        return Response.status(400).type(MediaType.valueOf("application/problem+json")).entity(body).build();
    }

    @Configuration
    static class Registration {
        @Bean
        ResourceConfigCustomizer engineInputRefusals() {
            return config -> config.register(EngineInputRefusals.class);
        }
    }
}
