package uk.gov.lbhf.withus.materials;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.people.PersonalData;

/**
 * A person's requests for papers in other formats, for the right to erasure: the requests stay (the team still needs to
 * know how many people asked for a paper in easy read) with nothing left that links them to the person.
 */
@Component
class PaperRequestData implements PersonalData {

    private final PaperRequestRepository requests;

    PaperRequestData(PaperRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Line> whatErasureDoes(long personId) {
        return List.of(
                new Line("materials.paperRequests", requests.countByPersonId(personId), Outcome.KEPT_ANONYMISED));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Line> erase(long personId) {
        return List.of(new Line("materials.paperRequests", requests.forgetPerson(personId), Outcome.KEPT_ANONYMISED));
    }
}
