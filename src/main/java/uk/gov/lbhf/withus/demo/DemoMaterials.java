package uk.gov.lbhf.withus.demo;

import static uk.gov.lbhf.withus.materials.FormatKind.EASY_READ;
import static uk.gov.lbhf.withus.materials.FormatKind.LARGE_PRINT;
import static uk.gov.lbhf.withus.materials.FormatKind.STANDARD;
import static uk.gov.lbhf.withus.materials.FormatKind.TRANSLATED;

import java.util.List;
import uk.gov.lbhf.withus.groups.GroupSummary;
import uk.gov.lbhf.withus.materials.MaterialService;
import uk.gov.lbhf.withus.materials.MaterialType;
import uk.gov.lbhf.withus.materials.NewFormat;

/** Group papers in the formats residents asked for. Paragraphs are separated by a blank line. */
final class DemoMaterials {

    private DemoMaterials() {}

    static void publish(
            MaterialService materials, String slug, GroupSummary group, DemoData.When when, byte[] dagAgendaAudio) {
        long g = group.id();
        switch (slug) {
            case "digital-accessibility" -> {
                String agenda = """
                        1. Welcome, and how we run the meeting so that everyone can take part. We will agree breaks, \
                        how to ask to speak, and how we share papers.

                        2. What residents told us about the council website. The co-production team will report \
                        back on the 14 problems members found in September, and what has been fixed.

                        3. Trying out the WithUs app together. Bring your own phone or use one of ours. Tell us \
                        what works for you and what does not.

                        4. Any other business, and the date of our next meeting.""";
                materials.publish(
                        g,
                        "Agenda: next Digital Accessibility Group meeting",
                        "What we will talk about at our next meeting, and how to take part.",
                        MaterialType.AGENDA,
                        when.at(-2, 10, 0),
                        List.of(
                                NewFormat.text(STANDARD, "en", agenda),
                                NewFormat.text(EASY_READ, "en", """
                                        We are meeting soon.

                                        First we say hello. We agree how the meeting will work for everyone.

                                        Then we hear what the council fixed on its website. You told us about \
                                        problems. We will say what changed.

                                        Then we try the new WithUs app together. You can use your phone or ours.

                                        Last, we agree when to meet next."""),
                                NewFormat.text(LARGE_PRINT, "en", agenda),
                                NewFormat.audio("en", """
                                        Digital Accessibility Group. Agenda for the meeting on Thursday evening, in \
                                        easy words.

                                        One. Welcome, and how we will run the meeting so that everyone can take part.

                                        Two. What residents told us about the council website, and what has changed \
                                        since our last meeting.

                                        Three. Trying out the new WithUs app together. Tell us what works for you and \
                                        what does not.

                                        Four. Any other business, and the date of our next meeting.

                                        Thank you for listening.""", "audio/ogg", "dag-agenda.opus", dagAgendaAudio),
                                NewFormat.text(TRANSLATED, "pl", """
                                        1. Powitanie i zasady spotkania, aby każdy mógł wziąć w nim udział.

                                        2. Co mieszkańcy powiedzieli nam o stronie internetowej rady i co zostało \
                                        poprawione.

                                        3. Wspólne testowanie aplikacji WithUs. Przynieś swój telefon lub skorzystaj \
                                        z naszego.

                                        4. Sprawy różne i termin następnego spotkania.""")));
                materials.publish(
                        g,
                        "Minutes of the October meeting",
                        "What we discussed about the council website review and digital inclusion in libraries.",
                        MaterialType.MINUTES,
                        when.at(-20, 9, 0),
                        List.of(NewFormat.text(STANDARD, "en", """
                                        Present: 11 residents, 2 officers. Apologies: 3.

                                        Council website review: members tested 20 pages with screen readers, \
                                        magnifiers and voice control, and found 14 problems. The web team agreed to \
                                        fix 12 by the next meeting. Members asked that the other 2 come back to the \
                                        group before any decision is made.

                                        Digital inclusion in libraries: members asked for one-to-one help sessions \
                                        in the evening as well as the daytime. Officers will report back."""), NewFormat.text(EASY_READ, "en", """
                                        11 residents came to the meeting.

                                        We tested the council website. We found 14 problems. The council will fix 12 \
                                        problems. We will talk about the other 2 problems together.

                                        We asked for help with computers in libraries in the evening too.""")));
            }
            case "coproduction-matters" ->
                materials.publish(
                        g,
                        "Co-production evaluation tool: draft indicators",
                        "The indicators we propose for judging whether co-production is working, for your comments.",
                        MaterialType.PAPER,
                        when.at(-5, 12, 0),
                        List.of(NewFormat.text(STANDARD, "en", """
                                    The Policy and Oversight Board asked how the benefits of co-production are \
                                    evaluated. This paper proposes indicators in four areas.

                                    Involvement from the start: residents were involved before options were set; \
                                    the time residents had to take part; support offered (travel, care, formats).

                                    Shared power: decisions changed because of what residents said; disagreements \
                                    where residents' view prevailed, with examples.

                                    Reach: who took part compared with who is affected, including Disabled \
                                    residents and other under-represented groups.

                                    Feedback: residents were told what happened to their input (you said, we did), \
                                    and could check and challenge it."""), NewFormat.text(EASY_READ, "en", """
                                    We want to check if co-production is working.

                                    We will ask: did residents help from the start? Did residents change \
                                    decisions? Did the right people take part? Did we tell residents what \
                                    happened?""")));
            case "civic-campus" ->
                materials.publish(
                        g,
                        "You said, we did: Civic Campus accessible toilets",
                        "How residents changed the design of the Civic Campus toilets and Changing Places facility.",
                        MaterialType.YOU_SAID_WE_DID,
                        when.at(-9, 9, 0),
                        List.of(NewFormat.text(STANDARD, "en", """
                                    You said: the first design had one accessible toilet for the whole ground floor, \
                                    and no Changing Places toilet.

                                    We did: the design now has an accessible toilet on every floor and a Changing \
                                    Places toilet with a hoist, next to the library entrance.

                                    You said: signs should be readable for people with low vision and people who \
                                    do not read English well.

                                    We did: signs will use large, high-contrast text with symbols. Residents will \
                                    test samples in the spring."""), NewFormat.text(LARGE_PRINT, "en", """
                                    You said: one accessible toilet was not enough, and there was no Changing Places \
                                    toilet.

                                    We did: an accessible toilet on every floor, and a Changing Places toilet next \
                                    to the library.""")));
            case "disabled-peoples-housing" ->
                materials.publish(
                        g,
                        "Accessible homes standard: draft",
                        "The draft standard for new and adapted council homes, for members to review.",
                        MaterialType.PAPER,
                        when.at(-3, 9, 0),
                        List.of(NewFormat.text(STANDARD, "en", """
                            Every new council home on the ground floor will meet the wheelchair-accessible standard.

                            Adaptations under 1,000 pounds will be done within 6 weeks of the assessment.""")));
            case "youth-voices" ->
                materials.publish(
                        g,
                        "Case study: Youth Voices priorities in grant criteria",
                        "How young residents' priorities became part of the council's youth grant criteria.",
                        MaterialType.CASE_STUDY,
                        when.at(-14, 9, 0),
                        List.of(NewFormat.text(STANDARD, "en", """
                            Youth Voices set three priorities: safe spaces, mental health support and help into work.

                            The council added all three to its youth grant criteria, working with the youth council.""")));
            case "cost-of-living" ->
                materials.publish(
                        g,
                        "Household support fund: what residents told us",
                        "A summary of residents' feedback on the household support fund, and what happens next.",
                        MaterialType.REPORT,
                        when.at(-6, 9, 0),
                        List.of(NewFormat.text(STANDARD, "en", """
                                    86 residents told us how they found the household support fund.

                                    Most said the online form was hard to use on a phone. The form will be \
                                    redesigned with residents before the next round."""), NewFormat.text(TRANSLATED, "so", """
                                    86 deggan ayaa noo sheegay sida ay u heleen sanduuqa taageerada qoyska.

                                    Foomka waxaa dib loogu qaabeyn doonaa deggenaanka.""")));
            case "staff-working-group" ->
                materials.publish(
                        g,
                        "Co-production objective in appraisals",
                        "Draft wording for the mandatory co-production objective agreed by the Policy and Oversight Board.",
                        MaterialType.PAPER,
                        when.at(-1, 9, 0),
                        List.of(NewFormat.text(STANDARD, "en", """
                            Objective: involve residents from the start in at least one decision in your area of \
                            work this year, and report back to them what changed.""")));
            default -> {}
        }
    }
}
