package uk.gov.lbhf.withus.base.api;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * An API answer that refuses a request: RFC 9457 {@code application/problem+json} with a stable {@code code} that
 * clients and monitoring read (the text is for people and may change).
 */
public final class ApiProblem {

    public static final String TYPE_BASE = "https://withus.lbhf.gov.uk/problems/";

    private ApiProblem() {}

    public static ProblemDetail of(HttpStatusCode status, String code, String detail, Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setProperty("code", code);
        properties.forEach(problem::setProperty);
        return problem;
    }

    /** The code of a refusal that has no more specific one: the same for every API, named after the status. */
    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "concurrent-update";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> status >= 500 ? "server-error" : "bad-request";
        };
    }

    /** Plain words for the status, for the {@code detail} of a problem that has no more specific text. */
    public static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request could not be read";
            case 401 -> "Sign in first";
            case 403 -> "Not allowed";
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not take that method";
            case 406 -> "This address answers only in JSON";
            case 409 -> "Something else changed the same thing at the same moment; send it again";
            case 413 -> "The request is too large";
            case 415 -> "This address does not take that content type";
            case 429 -> "Too many requests; wait and try again";
            default ->
                status >= 500 ? "Something went wrong on the server; try again later" : "The request was refused";
        };
    }
}
