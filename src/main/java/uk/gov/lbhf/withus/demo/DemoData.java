package uk.gov.lbhf.withus.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.GroupSummary;
import uk.gov.lbhf.withus.groups.MemberRole;
import uk.gov.lbhf.withus.groups.Visibility;
import uk.gov.lbhf.withus.materials.MaterialService;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.people.Role;

/**
 * A believable first run: the groups the council's own documents name, demo accounts for every role, meetings
 * around today and papers in several formats. Runs once, on an empty database, when withus.demo.enabled=true.
 */
@Component
@ConditionalOnProperty(name = "withus.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    /** Documented in README.md; demo accounts only. */
    static final String DEMO_PASSWORD = "WithUs-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final PeopleService people;
    private final GroupService groups;
    private final MaterialService materials;
    private final FeedbackFormService forms;
    private final Clock clock;

    DemoData(
            PeopleService people,
            GroupService groups,
            MaterialService materials,
            FeedbackFormService forms,
            Clock clock) {
        this.people = people;
        this.groups = groups;
        this.materials = materials;
        this.forms = forms;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        log.warn("Demo mode (withus.demo.enabled=true): demo accounts whose password is published in the README can"
                + " sign in. Never use this for real residents' data.");
        if (people.count() > 0 || groups.count() > 0) {
            return;
        }
        Map<String, Long> who = accounts();
        DemoGroups.create(groups, who, this::at)
                .forEach((slug, group) -> DemoMaterials.publish(materials, slug, group, this::at, audio()));
        DemoForms.publish(forms);
        log.info("Demo data loaded: {} accounts (password {}), {} groups", who.size(), DEMO_PASSWORD, groups.count());
    }

    private Map<String, Long> accounts() {
        return Map.of(
                "amara", people.createAccount("amara", "Amara Okafor", DEMO_PASSWORD, Set.of(Role.RESIDENT)),
                "leon",
                        people.createAccount(
                                "leon", "Leon Hart", DEMO_PASSWORD, Set.of(Role.LEASEHOLDER, Role.RESIDENT)),
                "priya", people.createAccount("priya", "Priya Shah", DEMO_PASSWORD, Set.of(Role.OFFICER)),
                "sam", people.createAccount("sam", "Sam Reid", DEMO_PASSWORD, Set.of(Role.COPRODUCTION_TEAM)),
                "jo", people.createAccount("jo", "Councillor Jo Bennett", DEMO_PASSWORD, Set.of(Role.COUNCILLOR)),
                "devinder", people.createAccount("devinder", "Devinder Kaur", DEMO_PASSWORD, Set.of(Role.RESIDENT)),
                "marek", people.createAccount("marek", "Marek Nowak", DEMO_PASSWORD, Set.of(Role.RESIDENT)),
                "fatima",
                        people.createAccount(
                                "fatima", "Fatima Hassan", DEMO_PASSWORD, Set.of(Role.RESIDENT, Role.LEASEHOLDER)),
                "kai", people.createAccount("kai", "Kai Thompson", DEMO_PASSWORD, Set.of(Role.RESIDENT)));
    }

    /** A time {@code days} from today, London time. */
    OffsetDateTime at(int days, int hour, int minute) {
        LocalDate day = LocalDate.now(clock.withZone(LONDON)).plusDays(days);
        return day.atTime(LocalTime.of(hour, minute)).atZone(LONDON).toOffsetDateTime();
    }

    private static byte[] audio() {
        try {
            return new ClassPathResource("demo/dag-agenda.opus").getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Days, hour, minute to a time. */
    interface When {
        OffsetDateTime at(int days, int hour, int minute);
    }

    static List<String> lines(String... items) {
        return List.of(items);
    }

    static void join(GroupService groups, GroupSummary group, Map<String, Long> who, String username, MemberRole role) {
        groups.addMember(group.id(), who.get(username), role);
    }

    static Visibility members() {
        return Visibility.MEMBERS;
    }
}
