package uk.gov.lbhf.withus.equality;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.base.SharedRules;
import uk.gov.lbhf.withus.people.CurrentUser;

/**
 * The door of equality information: records what respondents answered in a form's equality section, apart from
 * their answers and from them, and counts it for staff, never showing a count under
 * {@link SharedRules#SMALLEST_COUNT_SHOWN}.
 */
@Service
public class EqualityService {

    private final JdbcTemplate jdbc;

    EqualityService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One respondent's equality answers, with only what counting needs: the form, its version, how they were
     * captured ({@code personal} or {@code event}) and the month (never the submission, the person or the time).
     */
    public record Respondent(
            String formKey, int formVersion, String mode, YearMonth month, Map<String, String> answers) {}

    /** A count as staff may see it: the number, or only that it is fewer than the smallest shown. */
    public record Shown(long count, boolean fewerThanSmallest) {
        static Shown of(long count) {
            return count > 0 && count < SharedRules.SMALLEST_COUNT_SHOWN ? new Shown(0, true) : new Shown(count, false);
        }

        /** The number where it may be shown (null: fewer than the smallest shown). */
        public Long shownCount() {
            return fewerThanSmallest ? null : count;
        }
    }

    /** One answer of one question and how many gave it. */
    public record AnswerCount(String value, Shown count) {}

    /** One question: each of its choices, then prefer-not-to-say, then not answered. */
    public record QuestionCounts(
            String questionId, List<AnswerCount> answers, Shown preferNotToSay, Shown notAnswered) {}

    /** A form's equality counts: how many answered the section at all, and each question's. */
    public record Counts(Shown respondents, List<QuestionCounts> questions) {}

    /**
     * Records respondents in the caller's transaction (the push's: accepted means recorded), in an order of its own
     * and under random ids, so that neither an id nor the order of rows leads back to a submission.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(List<Respondent> respondents) {
        List<Respondent> shuffled = new ArrayList<>(respondents);
        shuffled.removeIf(r -> r.answers().isEmpty());
        if (shuffled.isEmpty()) {
            return;
        }
        Collections.shuffle(shuffled);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        for (Respondent r : shuffled) {
            UUID id = UUID.randomUUID();
            rows.add(new Object[] {
                id, r.formKey(), r.formVersion(), r.mode(), r.month().toString()
            });
            r.answers().forEach((question, answer) -> answers.add(new Object[] {id, question, answer}));
        }
        jdbc.batchUpdate(
                "insert into equality_response (id, form_key, form_version, capture_mode, captured_month)"
                        + " values (?, ?, ?, ?, ?)",
                rows);
        jdbc.batchUpdate("insert into equality_answer (response_id, question, answer) values (?, ?, ?)", answers);
    }

    /**
     * A form's equality counts for staff and councillors (a version, a capture mode: null for all), counted in the database.
     * Dates narrow nothing here: the month is all that is kept, so that no answer can be picked out by its time.
     */
    @Transactional(readOnly = true)
    public Counts counts(CurrentUser viewer, String formKey, Integer version, String mode) {
        if (!viewer.isStaff() && !viewer.has(uk.gov.lbhf.withus.people.Role.COUNCILLOR)) {
            throw new AccessDeniedException("Equality counts are for staff and councillors");
        }
        String where = " where r.form_key = ?" + (version == null ? "" : " and r.form_version = ?")
                + (mode == null ? "" : " and r.capture_mode = ?");
        List<Object> args = new ArrayList<>(List.of(formKey));
        if (version != null) {
            args.add(version);
        }
        if (mode != null) {
            args.add(mode);
        }
        Long respondents =
                jdbc.queryForObject("select count(*) from equality_response r" + where, Long.class, args.toArray());
        Map<String, Long> byAnswer = new HashMap<>();
        jdbc.query(
                "select a.question, a.answer, count(*) from equality_answer a"
                        + " join equality_response r on r.id = a.response_id" + where
                        + " group by a.question, a.answer",
                rs -> {
                    byAnswer.put(rs.getString(1) + "\n" + rs.getString(2), rs.getLong(3));
                },
                args.toArray());
        long total = respondents == null ? 0 : respondents;
        List<QuestionCounts> questions = new ArrayList<>();
        EqualitySection.questions().forEach((id, choices) -> {
            List<AnswerCount> answers = new ArrayList<>();
            long answered = 0;
            for (String choice : choices) {
                long n = byAnswer.getOrDefault(id + "\n" + choice, 0L);
                answered += n;
                answers.add(new AnswerCount(choice, Shown.of(n)));
            }
            long preferNot = byAnswer.getOrDefault(id + "\n" + SharedRules.PREFER_NOT_TO_SAY, 0L);
            answered += preferNot;
            questions.add(new QuestionCounts(id, answers, Shown.of(preferNot), Shown.of(total - answered)));
        });
        return new Counts(Shown.of(total), questions);
    }
}
