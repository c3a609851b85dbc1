package uk.gov.lbhf.withus.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.sync.push.ConflictingCopyRepository;
import uk.gov.lbhf.withus.sync.push.QuarantinedItemRepository;
import uk.gov.lbhf.withus.sync.push.SubmissionRepository;

/** The conformance vectors in sync/vectors, through the HTTP API; run on H2 and on PostgreSQL. */
abstract class SyncVectorsContract {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleService people;

    @Autowired
    DeviceService devices;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    ConflictingCopyRepository conflicts;

    @Autowired
    QuarantinedItemRepository quarantine;

    @TestFactory
    Stream<DynamicTest> every_server_vector_passes() {
        var runner = new SyncVectorRunner(mvc, people, devices, submissions, conflicts, quarantine);
        var vectors = SyncVectorRunner.serverVectors();
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(10);
        return vectors.stream().map(v -> DynamicTest.dynamicTest(v.getFileName().toString(), () -> runner.run(v)));
    }
}
