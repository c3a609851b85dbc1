package uk.gov.lbhf.withus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.materials.FormatKind;
import uk.gov.lbhf.withus.materials.MaterialService;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.testsupport.AppTest;

/**
 * Every Flow route and every HTTP endpoint × every role, anonymous included, decided on the server. The tables
 * below are the rule; a route or endpoint that is not in them fails the test, so a new one must say who may use it.
 */
@AppTest
class AuthorizationMatrixTest extends SpringBrowserlessTest {

    /** Who reaches each route (by its template); everyone else is sent to sign in (anonymous) or gets "not found". */
    private static final Map<String, Set<String>> ROUTES = new LinkedHashMap<>();

    private static final Set<String> EVERYONE_SIGNED_IN = Set.of("amara", "leon", "priya", "sam", "jo");
    private static final Set<String> ANYONE = Set.of("anonymous", "amara", "leon", "priya", "sam", "jo");

    static {
        ROUTES.put("", EVERYONE_SIGNED_IN);
        ROUTES.put("groups", EVERYONE_SIGNED_IN);
        ROUTES.put("groups/:slug", EVERYONE_SIGNED_IN); // a public group; members-only ones: GroupViewsTest
        ROUTES.put("materials/:id/:format?", EVERYONE_SIGNED_IN); // a public group's paper
        ROUTES.put("forms", EVERYONE_SIGNED_IN); // the list: each form's audience decides what is on it
        ROUTES.put("forms/:key", Set.of("leon", "priya", "sam")); // the leaseholder form's audience
        ROUTES.put("sync", Set.of("priya", "sam"));
        ROUTES.put("my-data", EVERYONE_SIGNED_IN);
        ROUTES.put("my-data/erase", EVERYONE_SIGNED_IN); // the preview; only a confirmation erases
        ROUTES.put("erasure-requests", Set.of("priya", "sam"));
        ROUTES.put("paper-requests", Set.of("priya", "sam", "jo"));
        // a meeting of the Digital Accessibility Group: staff; its co-chair marek (a resident) in
        // MeetingRepliesViewTest
        ROUTES.put("meetings/:id/replies", Set.of("priya", "sam"));
        ROUTES.put("meetings/:id/actions", Set.of("priya", "sam")); // and marek: MeetingActionsViewTest
        ROUTES.put("meetings/:id/attendance", Set.of("priya", "sam")); // and marek: MeetingAttendanceViewTest
        ROUTES.put(
                "groups/:slug/meetings/new",
                Set.of("priya", "sam")); // and the group's co-chairs: ScheduleMeetingViewTest
        ROUTES.put(
                "groups/:slug/papers/new",
                Set.of("priya", "sam")); // and the group's co-chairs: PaperPublishingViewTest
        ROUTES.put("papers/:id/formats", Set.of("priya", "sam")); // and co-chairs: PaperPublishingViewTest
        ROUTES.put("groups/new", Set.of("sam")); // only the co-production team starts groups
        ROUTES.put("groups/:slug/close", Set.of("sam")); // and closes them
        ROUTES.put("groups/:slug/members", Set.of("sam")); // and looks after their members and co-chairs
        ROUTES.put("groups/:slug/invite", Set.of("sam")); // and invites people (GroupInvitations refuses anyone else)
        ROUTES.put("groups/:slug/requests", Set.of("sam")); // and the group's co-chairs: JoinRequestsViewTest
        // forms are written and published by the co-production team alone (FormAuthoring refuses anyone else too)
        for (String path : List.of(
                "forms/write",
                "forms/write/new",
                "forms/write/:key",
                "forms/write/:key/about",
                "forms/write/:key/texts",
                "forms/write/:key/add",
                "forms/write/:key/add/:kind",
                "forms/write/:key/questions/:id",
                "forms/write/:key/equality",
                "forms/write/:key/check")) {
            ROUTES.put(path, Set.of("sam"));
        }
        // results: staff, and councillors who oversee (the counts only: FormResultsViewTest)
        ROUTES.put("forms/:key/results", Set.of("priya", "sam", "jo"));
        ROUTES.put("results", Set.of("priya", "sam", "jo"));
        ROUTES.put("account-erased", ANYONE);
        ROUTES.put("accessibility", ANYONE);
        ROUTES.put("privacy", ANYONE);
        ROUTES.put("login", ANYONE);
        // accounts: a resident makes and mends their own without signing in; roles are the team's alone
        ROUTES.put("create-account", ANYONE);
        ROUTES.put("check-your-email", ANYONE);
        ROUTES.put("confirm-email", ANYONE);
        ROUTES.put("forgot-password", ANYONE);
        ROUTES.put("reset-password", ANYONE);
        ROUTES.put("set-up-account", ANYONE);
        ROUTES.put("accounts/set-up-with-resident", Set.of("priya", "sam"));
        ROUTES.put("accounts", Set.of("sam"));
        ROUTES.put("accounts/:id", Set.of("sam"));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleService people;

    @Autowired
    GroupService groups;

    @Autowired
    MaterialService materials;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_route_is_in_the_table() {
        Set<String> registered = new TreeSet<>();
        RouteConfiguration.forApplicationScope().getAvailableRoutes().forEach(r -> {
            registered.add(r.getTemplate());
            r.getRouteAliases().forEach(alias -> registered.add(alias.getTemplate()));
        });
        assertThat(registered).isEqualTo(new TreeSet<>(ROUTES.keySet()));
    }

    @Test
    @WithAnonymousUser
    void anonymous() {
        routesFor("anonymous");
    }

    @Test
    @WithUserDetails("amara")
    void resident() {
        routesFor("amara");
    }

    @Test
    @WithUserDetails("leon")
    void leaseholder() {
        routesFor("leon");
    }

    @Test
    @WithUserDetails("priya")
    void officer() {
        routesFor("priya");
    }

    @Test
    @WithUserDetails("sam")
    void coproduction_team() {
        routesFor("sam");
    }

    @Test
    @WithUserDetails("jo")
    void councillor() {
        routesFor("jo");
    }

    private void routesFor(String who) {
        for (var route : ROUTES.entrySet()) {
            String path = sample(route.getKey());
            String target = RouteConfiguration.forApplicationScope()
                    .getRoute(path)
                    .map(Class::getSimpleName)
                    .orElseThrow();
            UI.getCurrent().navigate(path);
            String landed = org.springframework.util.ClassUtils.getUserClass(
                            getCurrentView().getClass())
                    .getSimpleName();
            if (route.getValue().contains(who)) {
                assertThat(landed).as("%s opens /%s", who, path).isEqualTo(target);
            } else {
                assertThat(landed)
                        .as("%s is refused /%s", who, path)
                        .isNotEqualTo(target)
                        .isIn(who.equals("anonymous") ? List.of("LoginView") : List.of("NotFoundView"));
            }
        }
    }

    /** An address for a route template: a public group, one of its papers, the leaseholder form. */
    private String sample(String template) {
        return switch (template) {
            case "groups/:slug" -> "groups/digital-accessibility";
            case "materials/:id/:format?" -> "materials/" + publicPaper();
            case "forms/:key" -> "forms/leaseholder-service";
            case "forms/:key/results" -> "forms/leaseholder-service/results";
            case "forms/write/:key" -> "forms/write/leaseholder-service";
            case "forms/write/:key/about" -> "forms/write/leaseholder-service/about";
            case "forms/write/:key/texts" -> "forms/write/leaseholder-service/texts";
            case "forms/write/:key/add" -> "forms/write/leaseholder-service/add";
            case "forms/write/:key/add/:kind" -> "forms/write/leaseholder-service/add/ranking";
            case "forms/write/:key/questions/:id" -> "forms/write/leaseholder-service/questions/service";
            case "forms/write/:key/check" -> "forms/write/leaseholder-service/check";
            case "forms/write/:key/equality" -> "forms/write/leaseholder-service/equality";
            case "groups/:slug/meetings/new" -> "groups/digital-accessibility/meetings/new";
            case "groups/:slug/papers/new" -> "groups/digital-accessibility/papers/new";
            case "papers/:id/formats" -> "papers/" + publicPaper() + "/formats";
            case "groups/:slug/close" -> "groups/digital-accessibility/close";
            case "groups/:slug/members" -> "groups/digital-accessibility/members";
            case "groups/:slug/invite" -> "groups/digital-accessibility/invite";
            case "groups/:slug/requests" -> "groups/digital-accessibility/requests";
            case "accounts/:id" -> "accounts/" + people.idOf("amara").orElseThrow();
            case "meetings/:id/replies" ->
                "meetings/"
                        + groups.details(
                                        "digital-accessibility",
                                        people.findUser("sam").orElseThrow())
                                .orElseThrow()
                                .upcomingMeetings()
                                .getFirst()
                                .id()
                        + "/replies";
            case "meetings/:id/attendance" ->
                "meetings/"
                        + groups.details(
                                        "digital-accessibility",
                                        people.findUser("sam").orElseThrow())
                                .orElseThrow()
                                .pastMeetings()
                                .getFirst()
                                .id()
                        + "/attendance";
            case "meetings/:id/actions" ->
                "meetings/"
                        + groups.details(
                                        "digital-accessibility",
                                        people.findUser("sam").orElseThrow())
                                .orElseThrow()
                                .pastMeetings()
                                .getFirst()
                                .id()
                        + "/actions";
            default -> template;
        };
    }

    private long publicPaper() {
        var amara = people.findUser("amara").orElseThrow();
        var dag = groups.groupsOf(amara).stream()
                .filter(g -> g.slug().equals("digital-accessibility"))
                .findFirst()
                .orElseThrow();
        return materials.forGroup(dag.id(), amara).getFirst().id();
    }

    // ---- HTTP endpoints ------------------------------------------------------------------------------------------

    /** Each endpoint: a request, and the status each of anonymous, amara, leon, priya, sam, jo gets. */
    private record Endpoint(String pattern, HttpMethod method, String path, int[] statuses) {}

    @Test
    void every_endpoint_by_every_role() throws Exception {
        var amara = people.findUser("amara").orElseThrow();
        var dag = groups.groupsOf(amara).stream()
                .filter(g -> g.slug().equals("digital-accessibility"))
                .findFirst()
                .orElseThrow();
        var agenda = materials.forGroup(dag.id(), amara).stream()
                .filter(m -> m.title().startsWith("Agenda"))
                .findFirst()
                .orElseThrow();
        long audio = agenda.formats().stream()
                .filter(f -> f.kind() == FormatKind.AUDIO)
                .findFirst()
                .orElseThrow()
                .id();
        String sha = "0".repeat(64);
        int login = 302;
        // statuses for: anonymous, amara (resident), leon (leaseholder), priya (officer), sam (team), jo (councillor)
        List<Endpoint> endpoints = List.of(
                new Endpoint(
                        "/files/materials/{materialId}/{formatId}",
                        HttpMethod.GET,
                        "/files/materials/" + agenda.id() + "/" + audio,
                        new int[] {login, 200, 200, 200, 200, 200}),
                new Endpoint("/files/attachments/{sha256}", HttpMethod.GET, "/files/attachments/" + sha, new int[] {
                    login, 404, 404, 404, 404, 404
                }), // staff: 404 only because the file is unknown
                // a form's answers as CSV: staff only, like its results page
                new Endpoint(
                        "/files/forms/{key}/answers.csv",
                        HttpMethod.GET,
                        "/files/forms/leaseholder-service/answers.csv",
                        new int[] {login, 404, 404, 200, 200, 404}),
                new Endpoint("/api/sync/v1/ping", HttpMethod.GET, "/api/sync/v1/ping", sync()),
                new Endpoint("/api/sync/v1/pull", HttpMethod.GET, "/api/sync/v1/pull", sync()),
                new Endpoint("/api/sync/v1/push", HttpMethod.POST, "/api/sync/v1/push", sync()),
                new Endpoint(
                        "/api/sync/v1/attachments/{sha256}", HttpMethod.GET, "/api/sync/v1/attachments/" + sha, sync()),
                new Endpoint(
                        "/api/sync/v1/attachments/{sha256}", HttpMethod.PUT, "/api/sync/v1/attachments/" + sha, sync()),
                new Endpoint("/files/my-data.json", HttpMethod.GET, "/files/my-data.json", new int[] {
                    login, 200, 200, 200, 200, 200
                }),
                // the language choice: anyone, signed in or not, keeps a choice and goes back (303); English, as the
                // choice is kept with each account and the other tests of this context read the pages in English
                new Endpoint("/language/{tag}", HttpMethod.GET, "/language/en?to=/groups", new int[] {
                    303, 303, 303, 303, 303, 303
                }),
                new Endpoint("/manifest.webmanifest", HttpMethod.GET, "/manifest.webmanifest", new int[] {
                    200, 200, 200, 200, 200, 200
                }),
                // the offline app's page is served by the web app's own servlet (absent under MockMvc): THROUGH means
                // the security chain let the request reach it (the e2e tests load it for real)
                new Endpoint("/offline", HttpMethod.GET, "/offline", new int[] {
                    THROUGH, THROUGH, THROUGH, THROUGH, THROUGH, THROUGH
                }),
                // only the container reaches it (error dispatch); asked for directly it is refused
                new Endpoint("/error", HttpMethod.GET, "/error", new int[] {login, 403, 403, 403, 403, 403}),
                new Endpoint(
                        "/offline.html", HttpMethod.GET, "/offline.html", new int[] {200, 200, 200, 200, 200, 200}),
                new Endpoint(
                        "/v3/api-docs", HttpMethod.GET, "/v3/api-docs", new int[] {login, 403, 403, 200, 200, 403}),
                new Endpoint("/v3/api-docs.yaml", HttpMethod.GET, "/v3/api-docs.yaml", new int[] {
                    login, 403, 403, 200, 200, 403
                }));
        Set<String> covered = new TreeSet<>();
        String[] users = {null, "amara", "leon", "priya", "sam", "jo"};
        for (Endpoint e : endpoints) {
            covered.add(e.pattern());
            for (int i = 0; i < users.length; i++) {
                MockHttpServletRequestBuilder call = request(e.method(), e.path());
                if (e.method() == HttpMethod.PUT || e.method() == HttpMethod.POST) {
                    call.contentType("application/json").content("{}");
                }
                if (users[i] != null) {
                    call.with(user(people.loadUserByUsername(users[i])));
                }
                int status;
                try {
                    status = mvc.perform(call).andReturn().getResponse().getStatus();
                } catch (jakarta.servlet.ServletException reachedTheWebApp) {
                    if (!String.valueOf(reachedTheWebApp.getMessage()).contains("No servlet with name")) {
                        throw new AssertionError(e.method() + " " + e.path() + " as " + users[i], reachedTheWebApp);
                    }
                    status = THROUGH;
                }
                assertThat(status)
                        .as("%s %s as %s", e.method(), e.path(), users[i] == null ? "anonymous" : users[i])
                        .isEqualTo(e.statuses()[i]);
            }
        }
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> mapped.addAll(info.getPatternValues()));
        mapped.removeIf(p -> p.startsWith("/actuator"));
        assertThat(covered).as("every endpoint is in the table").containsAll(mapped);
        // a random address below the API is not an endpoint of anyone
        assertThat(mvc.perform(request(HttpMethod.GET, "/api/sync/v1/" + UUID.randomUUID()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private static final int THROUGH = 0;

    /** The sync API takes device tokens only: a signed-in browser session is not enough for anyone. */
    private static int[] sync() {
        return new int[] {401, 401, 401, 401, 401, 401};
    }
}
