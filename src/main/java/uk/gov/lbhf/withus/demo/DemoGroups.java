package uk.gov.lbhf.withus.demo;

import static uk.gov.lbhf.withus.demo.DemoData.join;
import static uk.gov.lbhf.withus.demo.DemoData.lines;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.GroupSummary;
import uk.gov.lbhf.withus.groups.MemberRole;
import uk.gov.lbhf.withus.groups.Visibility;

/** The groups named in the H&F Plan and the Policy and Oversight Board minutes, with members and meetings. */
final class DemoGroups {

    private static final String TOWN_HALL = "Hammersmith Town Hall, King Street, W6 9JU – Committee Room 1";
    private static final String TOWN_HALL_ACCESS = "Step-free entrance on Nigel Playfair Avenue. Lift to all floors. "
            + "Hearing loop. Accessible toilet on the same floor. BSL interpreter booked – tell us by the Monday before "
            + "if you need live captions or another interpreter. Quiet room available. Join online by video call "
            + "if you prefer.";

    private DemoGroups() {}

    static Map<String, GroupSummary> create(GroupService groups, Map<String, Long> who, DemoData.When when) {
        var made = new LinkedHashMap<String, GroupSummary>();

        var cmg = groups.createGroup(
                "coproduction-matters",
                "Co-production Matters Group",
                "Oversees how the council co-produces with residents, staff and partners, so that residents can check "
                        + "and challenge how we work.",
                "Residents, community organisations, councillors and staff. Open to any resident who wants to "
                        + "help hold the council to its promise: no decision about residents, without residents.",
                Visibility.PUBLIC);
        join(groups, cmg, who, "devinder", MemberRole.CO_CHAIR);
        join(groups, cmg, who, "sam", MemberRole.OFFICER);
        join(groups, cmg, who, "jo", MemberRole.COUNCILLOR);
        join(groups, cmg, who, "fatima", MemberRole.RESIDENT);
        groups.scheduleMeeting(
                cmg.id(),
                when.at(9, 18, 0),
                when.at(9, 20, 0),
                TOWN_HALL,
                TOWN_HALL_ACCESS,
                lines(
                        "Welcome and introductions",
                        "Co-production evaluation tool: draft indicators",
                        "Case studies for the Policy and Oversight Board",
                        "Co-production objective in staff appraisals: progress",
                        "Any other business"));
        groups.scheduleMeeting(
                cmg.id(),
                when.at(-27, 18, 0),
                when.at(-27, 20, 0),
                TOWN_HALL,
                TOWN_HALL_ACCESS,
                lines("Welcome", "Update report on embedding co-production", "Resident pool: how it would work"));
        made.put(cmg.slug(), cmg);

        var dag = groups.createGroup(
                "digital-accessibility",
                "Digital Accessibility Group",
                "Disabled residents and council staff checking that the council's websites, apps and digital "
                        + "services work for everyone, and slowing things down where they need more thought.",
                "Disabled residents, and anyone who uses assistive technology such as screen readers, magnifiers "
                        + "or voice control. No technical knowledge needed.",
                Visibility.PUBLIC);
        join(groups, dag, who, "amara", MemberRole.RESIDENT);
        join(groups, dag, who, "marek", MemberRole.CO_CHAIR);
        join(groups, dag, who, "priya", MemberRole.OFFICER);
        join(groups, dag, who, "kai", MemberRole.RESIDENT);
        groups.scheduleMeeting(
                dag.id(),
                when.at(4, 18, 30),
                when.at(4, 20, 0),
                "Macbeth Centre, 21 Macbeth Street, W6 9JJ – Main hall",
                "Step-free access from the street. "
                        + "Hearing loop. Accessible toilet. Large print and easy read agendas at the door. Assistance "
                        + "dogs welcome. Travel costs and support worker costs paid – ask the co-production team.",
                lines(
                        "Welcome, and how we run the meeting",
                        "What residents told us about the council website",
                        "Trying out the WithUs app together",
                        "Any other business and next meeting"));
        groups.scheduleMeeting(
                dag.id(),
                when.at(-24, 18, 30),
                when.at(-24, 20, 0),
                "Macbeth Centre, 21 Macbeth Street, W6 9JJ – Main hall",
                "Step-free access. Hearing loop.",
                lines("Council website review", "Digital inclusion in libraries"));
        made.put(dag.slug(), dag);

        var housing = groups.createGroup(
                "disabled-peoples-housing",
                "Disabled People's Housing Strategy Implementation Group",
                "Making sure the Disabled People's Housing Strategy is carried out as residents co-produced it: "
                        + "accessible homes, adaptations and fair allocation.",
                "Disabled residents who live in, or are waiting for, council and housing association homes. "
                        + "Members only: ask the co-production team to join.",
                Visibility.MEMBERS);
        join(groups, housing, who, "amara", MemberRole.RESIDENT);
        join(groups, housing, who, "fatima", MemberRole.CO_CHAIR);
        join(groups, housing, who, "sam", MemberRole.OFFICER);
        groups.scheduleMeeting(
                housing.id(),
                when.at(11, 14, 0),
                when.at(11, 16, 0),
                TOWN_HALL,
                TOWN_HALL_ACCESS,
                lines("Adaptations waiting times", "Accessible homes standard: draft", "Allocations policy review"));
        made.put(housing.slug(), housing);

        var civic = groups.createGroup(
                "civic-campus",
                "Civic Campus co-production group",
                "Shaping the new Civic Campus in King Street with residents, so that it is inclusive and works for "
                        + "everyone who uses it.",
                "Any resident who uses, or wants to use, the Town Hall, library, cinema and public spaces in "
                        + "King Street.",
                Visibility.PUBLIC);
        join(groups, civic, who, "amara", MemberRole.CO_CHAIR);
        join(groups, civic, who, "marek", MemberRole.RESIDENT);
        join(groups, civic, who, "sam", MemberRole.OFFICER);
        join(groups, civic, who, "kai", MemberRole.PARTNER);
        groups.scheduleMeeting(
                civic.id(),
                when.at(16, 17, 30),
                when.at(16, 19, 0),
                "Civic Campus site office, 181 King Street, W6 9JU",
                "Step-free route from King Street signed. "
                        + "Site tour for wheelchair users along the temporary level path. Hearing loop.",
                lines("Changing Places toilet: final design", "Wayfinding and signage", "Next iteration of the group"));
        made.put(civic.slug(), civic);

        var youth = groups.createGroup(
                "youth-voices",
                "Youth Voices",
                "Young residents setting priorities that the council builds into its grant criteria and services for "
                        + "young people.",
                "Young people aged 13 to 25 who live, study or work in the borough. Members only, with safeguarding "
                        + "in place.",
                Visibility.MEMBERS);
        join(groups, youth, who, "kai", MemberRole.RESIDENT);
        join(groups, youth, who, "priya", MemberRole.OFFICER);
        groups.scheduleMeeting(
                youth.id(),
                when.at(6, 16, 30),
                when.at(6, 18, 0),
                "Sands End Community Centre, 59-61 Broughton Road, SW6 2LA",
                "Step-free access. Food provided.",
                lines("Youth grant criteria: what changed", "Planning the summer programme"));
        made.put(youth.slug(), youth);

        var costOfLiving = groups.createGroup(
                "cost-of-living",
                "Cost of Living steering group",
                "Residents and officers steering the council's cost of living support, so that help reaches the people "
                        + "who need it in a way that works for them.",
                "Residents who have used, or want to shape, cost of living support: food, energy, money advice.",
                Visibility.PUBLIC);
        join(groups, costOfLiving, who, "leon", MemberRole.RESIDENT);
        join(groups, costOfLiving, who, "devinder", MemberRole.RESIDENT);
        join(groups, costOfLiving, who, "priya", MemberRole.OFFICER);
        groups.scheduleMeeting(
                costOfLiving.id(),
                when.at(2, 10, 0),
                when.at(2, 12, 0),
                "Shepherds Bush Library, 6 Wood Lane, W12 7BF – Meeting room",
                "Step-free access from Wood Lane. Lift. Hearing loop. Accessible toilet.",
                lines("Warm spaces this winter", "Household support fund: what residents told us"));
        made.put(costOfLiving.slug(), costOfLiving);

        var staff = groups.createGroup(
                "staff-working-group",
                "Staff co-production working group",
                "Council staff sharing learning about co-production, and bringing co-production into every "
                        + "appraisal as a mandatory objective.",
                "Council staff from every department. Members only.",
                Visibility.MEMBERS);
        join(groups, staff, who, "sam", MemberRole.CO_CHAIR);
        join(groups, staff, who, "priya", MemberRole.OFFICER);
        groups.scheduleMeeting(
                staff.id(),
                when.at(3, 12, 30),
                when.at(3, 13, 30),
                TOWN_HALL,
                TOWN_HALL_ACCESS,
                lines("Appraisal objective wording with the People department", "Webinar programme"));
        made.put(staff.slug(), staff);
        return made;
    }
}
