package uk.gov.lbhf.withus.rights;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.gov.lbhf.withus.people.PeopleService;

/** The signed-in person's data as a JSON file (the "Your data" page links to it). Never anyone else's; never cached. */
@RestController
class MyDataController {

    private final MyDataService data;
    private final PeopleService people;

    MyDataController(MyDataService data, PeopleService people) {
        this.data = data;
        this.people = people;
    }

    @GetMapping("/files/my-data.json")
    ResponseEntity<Map<String, Object>> download() {
        var who = people.currentUser().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename("withus-my-data.json")
                                .build()
                                .toString())
                .body(data.asDocument(who));
    }
}
