package uk.gov.lbhf.withus.sync.inbox;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * A form's answers as CSV (FormResults.csv), for staff; anyone else, and a form that does not exist, gets 404. The
 * filters are the results page's (version, days, mode); a filter that is not one of them is a 400.
 */
@RestController
class FormResultsCsvController {

    private final FormResults results;
    private final PeopleService people;

    FormResultsCsvController(FormResults results, PeopleService people) {
        this.results = results;
        this.people = people;
    }

    @GetMapping("/files/forms/{key}/answers.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String key,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String mode,
            @RequestParam(required = false) String group) {
        var viewer = people.currentUser().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!viewer.isStaff() || !key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if ((version != null && version < 1)
                || (days != null && days < 1)
                || (mode != null && !mode.equals("event") && !mode.equals("personal"))
                || (group != null && !group.matches("[a-z0-9]+(-[a-z0-9]+)*"))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown filter");
        }
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            results.csv(viewer, key, new FormResults.Filter(version, days, mode, group), out);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(key + "-answers.csv")
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes.toByteArray());
    }
}
