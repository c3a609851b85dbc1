package uk.gov.lbhf.withus.base.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error page ({@code /error}), reached when a request fails before or outside a controller
 * (a query string that cannot be decoded, an exception in a filter): answers problem+json with the real status and
 * a code, instead of Spring Boot's default page. Flow pages never come here: Vaadin shows its own error views.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for directly (no error behind it): there is nothing at this address
        int status = code instanceof Integer number && number >= 400
                ? number
                : request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null ? 500 : 404;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable ex && status >= 500) {
            LOG.error(
                    "{}: unexpected {} at {}",
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    ApiProblemHandler.causes(ex),
                    ApiProblemHandler.where(ex));
        }
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        ApiProblemHandler.write(
                response,
                ApiProblem.of(
                        HttpStatus.valueOf(status),
                        ApiProblem.codeFor(status),
                        ApiProblem.detailFor(status),
                        Map.of()));
    }
}
