package uk.gov.lbhf.withus.rights;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.GroupSummary;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.sync.PersonalSyncData;

/** Everything WithUs holds about the signed-in person, gathered from each feature, for them alone. */
@Service
public class MyDataService {

    private final GroupService groups;
    private final PersonalSyncData sync;

    private final uk.gov.lbhf.withus.people.PeopleService people;

    MyDataService(GroupService groups, PersonalSyncData sync, uk.gov.lbhf.withus.people.PeopleService people) {
        this.groups = groups;
        this.sync = sync;
        this.people = people;
    }

    /** The account's email, if it has one. */
    public java.util.Optional<String> email(CurrentUser who) {
        return people.emailOf(who.personId());
    }

    public record MyData(
            CurrentUser account, List<GroupSummary> groups, PersonalSyncData.Mine sync, OffsetDateTime madeAt) {}

    public MyData of(CurrentUser who) {
        return new MyData(who, groups.groupsOf(who), sync.of(who), OffsetDateTime.now());
    }

    /** The same as a plain map, written as the JSON file a person downloads (readable, stable names). */
    public Map<String, Object> asDocument(CurrentUser who) {
        MyData data = of(who);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("about", "Everything WithUs holds about you, made for you on request (UK GDPR Article 15).");
        document.put("madeAt", data.madeAt().toString());
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("username", who.username());
        account.put("name", who.displayName());
        email(who).ifPresent(email -> account.put("email", email));
        account.put("roles", who.roles().stream().map(Enum::name).sorted().toList());
        document.put("account", account);
        document.put(
                "groups",
                data.groups().stream()
                        .map(g -> Map.of("name", g.name(), "slug", g.slug()))
                        .toList());
        document.put("answers", data.sync().answers());
        document.put("answersNotStored", data.sync().notStored());
        document.put("devices", data.sync().devices());
        return document;
    }
}
