package uk.gov.lbhf.withus.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refused API call answers problem+json with a {@code code}: Spring's own refusals (malformed JSON, wrong
 * method, media type, missing header …) get the code of their status; a write that lost a race with another (a
 * unique key taken by a concurrent request) is {@code 409 concurrent-update}, to be sent again; anything else is a
 * real {@code 500 server-error}, logged once by its type and where it happened — never its message, which may quote
 * a resident's answers.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            withCode(problem, status.value());
        }
        return answer;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
            HttpMediaTypeNotAcceptableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // The client accepts no JSON, so no converter would write the problem: it is written directly.
        HttpServletResponse response = ((ServletWebRequest) request).getResponse();
        try {
            write(
                    response,
                    ApiProblem.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", ApiProblem.detailFor(406), Map.of()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return null;
    }

    /** Tomcat reads query parameters lazily: one that cannot be decoded (bad %-encoding) is the client's fault. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(InvalidParameterException ex) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "A parameter of this address cannot be decoded");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException ex) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Multipart bodies are not taken here");
    }

    @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class})
    ResponseEntity<ProblemDetail> concurrent(Exception ex, HttpServletRequest request) {
        LOG.info(
                "{} {}: {} (answered 409, to be sent again)",
                request.getMethod(),
                request.getRequestURI(),
                ex.getClass().getSimpleName());
        return problem(HttpStatus.CONFLICT, "concurrent-update", ApiProblem.detailFor(409));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        LOG.error("{} {}: unexpected {} at {}", request.getMethod(), request.getRequestURI(), causes(ex), where(ex));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", ApiProblem.detailFor(500));
    }

    static void withCode(ProblemDetail problem, int status) {
        if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
            problem.setProperty("code", ApiProblem.codeFor(status));
        }
    }

    static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ProblemJson.write(problem));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblem.of(status, code, detail, Map.of()));
    }

    /** The exception's type and its causes' types, without their messages. */
    static String causes(Throwable ex) {
        StringBuilder text = new StringBuilder(ex.getClass().getName());
        for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" <- ").append(cause.getClass().getName());
        }
        return text.toString();
    }

    /** The first frames of WithUs's own code in the stack (where to look), or the top frames. */
    static String where(Throwable ex) {
        var ours = Arrays.stream(ex.getStackTrace())
                .filter(f -> f.getClassName().startsWith("uk.gov.lbhf.withus"))
                .limit(3)
                .map(StackTraceElement::toString)
                .collect(Collectors.joining(" < "));
        return ours.isEmpty()
                ? Arrays.stream(ex.getStackTrace())
                        .limit(3)
                        .map(StackTraceElement::toString)
                        .collect(Collectors.joining(" < "))
                : ours;
    }
}
