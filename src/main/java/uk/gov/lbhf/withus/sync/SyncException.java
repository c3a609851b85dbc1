package uk.gov.lbhf.withus.sync;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import uk.gov.lbhf.withus.base.api.ApiProblem;

/** A refused sync call: becomes a 4xx {@code application/problem+json} answer with a stable {@code code}. */
public class SyncException extends ErrorResponseException {

    public SyncException(HttpStatus status, String code, String detail) {
        this(status, code, detail, Map.of());
    }

    public SyncException(HttpStatus status, String code, String detail, Map<String, Object> properties) {
        super(status, problem(status, code, detail, properties), null);
    }

    private static ProblemDetail problem(
            HttpStatus status, String code, String detail, Map<String, Object> properties) {
        return ApiProblem.of(status, code, detail, properties);
    }
}
