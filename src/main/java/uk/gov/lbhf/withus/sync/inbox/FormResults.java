package uk.gov.lbhf.withus.sync.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.feedback.FormQuestion;
import uk.gov.lbhf.withus.feedback.FormQuestions;
import uk.gov.lbhf.withus.feedback.FormSummary;
import uk.gov.lbhf.withus.feedback.LocalText;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.sync.push.Receipt;
import uk.gov.lbhf.withus.sync.push.Submission;
import uk.gov.lbhf.withus.sync.push.SubmissionRepository;

/**
 * A form's results, for staff: how many answered, counts per choice (and per point of a 1–5 scale), a ranking's
 * average places, the answers themselves a page at a time, and all of them as CSV. Answers are read by stable value,
 * whatever language they were given in and whichever version they answered; a question is one column across versions
 * (a question id is never reused: FormAuthoring).
 */
@Service
@Transactional(readOnly = true)
public class FormResults {

    /** Answers on a page of the table. */
    public static final int PAGE_SIZE = 25;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> COUNTED = List.of("radios", "checkboxes", "consent", "scale");

    private final SubmissionRepository submissions;
    private final FeedbackFormService forms;
    private final uk.gov.lbhf.withus.feedback.FormGroups groups;
    private final Clock clock;

    FormResults(
            SubmissionRepository submissions,
            FeedbackFormService forms,
            uk.gov.lbhf.withus.feedback.FormGroups groups,
            Clock clock) {
        this.submissions = submissions;
        this.forms = forms;
        this.groups = groups;
        this.clock = clock;
    }

    /** The groups results can be narrowed to, by name. */
    public List<uk.gov.lbhf.withus.feedback.FormGroups.Group> groups() {
        return groups.allGroups();
    }

    /** Whether every person's answers count (no group chosen), and if not, whose (never empty: -1 is no one). */
    private record People(boolean everyone, java.util.Collection<Long> ids) {}

    private People people(Filter filter) {
        if (filter.group() == null) {
            return new People(true, List.of(-1L));
        }
        var ids = groups.memberIds(filter.group());
        return new People(false, ids.isEmpty() ? List.of(-1L) : ids);
    }

    /**
     * What the results are narrowed to (null: all): a version, the last so many days, event or personal answers, and
     * a group – the answers its members sent themselves (an answer at an event is no one's: the group narrows it out).
     */
    public record Filter(Integer version, Integer days, String mode, String group) {
        public static final Filter ALL = new Filter(null, null, null, null);

        public Filter(Integer version, Integer days, String mode) {
            this(version, days, mode, null);
        }

        public Filter withVersion(Integer v) {
            return new Filter(v, days, mode, group);
        }

        public Filter withDays(Integer d) {
            return new Filter(version, d, mode, group);
        }

        public Filter withMode(String m) {
            return new Filter(version, days, m, group);
        }

        public Filter withGroup(String g) {
            return new Filter(version, days, mode, g);
        }
    }

    /** One choice and how many chose it. */
    public record Count(String value, LocalText label, long count) {}

    /** One thing ranked: its average place (1 = first), how often it came first, and its points (n for first, …). */
    public record Ranked(String value, LocalText label, double averagePlace, long first, long points) {}

    /** One question's results: how many answered it, and its counts or its ranking. */
    public record QuestionResult(FormQuestion question, long answered, List<Count> counts, List<Ranked> ranking) {}

    /** One row of the table: its reference, when it came, the version, how it was captured, the answers by question. */
    public record Row(
            String reference,
            OffsetDateTime capturedAt,
            OffsetDateTime receivedAt,
            int version,
            String mode,
            Map<String, String> answers) {}

    /**
     * A form's results.
     *
     * @param columns every question any version has, the latest version's first (a column each)
     */
    public record Results(
            FormSummary latest,
            List<FormSummary> versions,
            long total,
            List<QuestionResult> questions,
            List<FormQuestion> columns,
            List<Row> page,
            int pageNumber,
            int pages) {}

    private static void requireStaff(CurrentUser viewer) {
        if (!viewer.isStaff()) {
            throw new AccessDeniedException("Results are for staff");
        }
    }

    /**
     * Whether this person may see a form's results: staff see everything; a councillor oversees, read-only, and sees
     * the counts only (how many answered, the charts, equality counts), never an answer itself, which can say who
     * someone is.
     */
    public static boolean mayOversee(CurrentUser viewer) {
        return viewer.isStaff() || viewer.has(uk.gov.lbhf.withus.people.Role.COUNCILLOR);
    }

    /** Whether this person sees the answers themselves (and their CSV, photos and recordings): staff only. */
    public static boolean seesAnswers(CurrentUser viewer) {
        return viewer.isStaff();
    }

    /**
     * The results of a form (empty: no such form), page {@code pageNumber} (from 0) of its answers – no answers for a
     * councillor, who sees the counts only.
     */
    public Optional<Results> results(CurrentUser viewer, String formKey, Filter filter, int pageNumber) {
        if (!mayOversee(viewer)) {
            throw new AccessDeniedException("Results are for staff and councillors");
        }
        List<FormSummary> versions = forms.versionsOf(formKey);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        List<FormQuestion> columns = columns(versions);
        Submission.CaptureMode mode = mode(filter);
        OffsetDateTime since = since(filter);
        People who = people(filter);
        var all = submissions.answers(formKey, filter.version(), since, mode, who.everyone(), who.ids());
        List<QuestionResult> questions = new ArrayList<>();
        for (FormQuestion q : columns) {
            if (COUNTED.contains(q.type()) || q.type().equals("ranking")) {
                questions.add(result(q, all));
            }
        }
        if (!seesAnswers(viewer)) {
            return Optional.of(
                    new Results(versions.getFirst(), versions, all.size(), questions, columns, List.of(), 0, 1));
        }
        var page = submissions.results(
                formKey,
                filter.version(),
                since,
                mode,
                who.everyone(),
                who.ids(),
                PageRequest.of(Math.max(0, pageNumber), PAGE_SIZE));
        List<Row> rows = page.getContent().stream().map(FormResults::row).toList();
        return Optional.of(new Results(
                versions.getFirst(),
                versions,
                all.size(),
                questions,
                columns,
                rows,
                page.getNumber(),
                Math.max(1, page.getTotalPages())));
    }

    private static Submission.CaptureMode mode(Filter filter) {
        if (filter.mode() == null) {
            return null;
        }
        return switch (filter.mode()) {
            case "event" -> Submission.CaptureMode.EVENT;
            case "personal" -> Submission.CaptureMode.PERSONAL;
            default -> null;
        };
    }

    private OffsetDateTime since(Filter filter) {
        return filter.days() == null ? null : OffsetDateTime.now(clock).minusDays(filter.days());
    }

    /** Every question of every version, by id: the latest version's wording first, then those only older ones had. */
    private static List<FormQuestion> columns(List<FormSummary> versions) {
        Map<String, FormQuestion> byId = new LinkedHashMap<>();
        for (FormSummary version : versions) { // newest first
            for (FormQuestion q : FormQuestions.parse(version.definition())) {
                byId.putIfAbsent(q.id(), q);
            }
        }
        return List.copyOf(byId.values());
    }

    private static Row row(SubmissionRepository.Answers s) {
        Map<String, String> answers = new LinkedHashMap<>();
        JsonNode node = JSON.readTree(s.answers());
        node.properties().forEach(e -> answers.put(e.getKey(), e.getValue().asString("")));
        return new Row(
                Receipt.referenceOf(s.id().toString()),
                s.capturedAt(),
                s.receivedAt(),
                s.formVersion(),
                s.mode().name().toLowerCase(java.util.Locale.ROOT),
                answers);
    }

    private static QuestionResult result(FormQuestion q, List<SubmissionRepository.Answers> all) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        List<String> values = new ArrayList<>();
        if (q.type().equals("scale")) {
            for (int point = uk.gov.lbhf.withus.base.SharedRules.SCALE_MIN;
                    point <= uk.gov.lbhf.withus.base.SharedRules.SCALE_MAX;
                    point++) {
                values.add(String.valueOf(point));
            }
        } else if (q.type().equals("consent")) {
            values.addAll(FormQuestion.CONSENT_ANSWERS);
        } else {
            q.options().forEach(o -> values.add(o.value()));
        }
        values.forEach(v -> counts.put(v, new long[3])); // count (or times first), sum of places, points
        long answered = 0;
        int n = values.size();
        for (var s : all) {
            JsonNode answer = JSON.readTree(s.answers()).get(q.id());
            if (answer == null || !answer.isString() || answer.asString().isBlank()) {
                continue;
            }
            answered++;
            String value = answer.asString();
            if (q.type().equals("ranking")) {
                String[] order = value.split(" ");
                for (int place = 0; place < order.length; place++) {
                    long[] c = counts.computeIfAbsent(order[place], k -> new long[3]);
                    if (place == 0) {
                        c[0]++;
                    }
                    c[1] += place + 1;
                    c[2] += n - place;
                }
            } else if (q.type().equals("checkboxes")) {
                for (String chosen : value.split(" ")) {
                    counts.computeIfAbsent(chosen, k -> new long[3])[0]++;
                }
            } else {
                counts.computeIfAbsent(FormQuestions.valueOf(q, value), k -> new long[3])[0]++;
            }
        }
        List<Count> countList = new ArrayList<>();
        List<Ranked> ranking = new ArrayList<>();
        for (var e : counts.entrySet()) {
            LocalText label = labelOf(q, e.getKey());
            if (q.type().equals("ranking")) {
                long ranked = answered == 0 ? 0 : answered;
                ranking.add(new Ranked(
                        e.getKey(),
                        label,
                        ranked == 0 ? 0 : (double) e.getValue()[1] / ranked,
                        e.getValue()[0],
                        e.getValue()[2]));
            } else {
                countList.add(new Count(e.getKey(), label, e.getValue()[0]));
            }
        }
        ranking.sort((a, b) -> Long.compare(b.points(), a.points()));
        return new QuestionResult(q, answered, countList, ranking);
    }

    /** A choice's words (a scale's point and a consent's value have none of their own: null). */
    private static LocalText labelOf(FormQuestion q, String value) {
        return q.option(value).map(FormQuestion.Option::label).orElse(null);
    }

    /**
     * Every answer the filters keep, as CSV for a spreadsheet: UTF-8 with a byte order mark (so Excel reads Arabic),
     * a row per answer, a column per question by its id and English words, each answer by its stable value. A cell
     * that a spreadsheet would run as a formula (=, +, -, @ first) is written with a ' in front.
     */
    public void csv(CurrentUser viewer, String formKey, Filter filter, Writer out) {
        requireStaff(viewer);
        List<FormSummary> versions = forms.versionsOf(formKey);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("No such form");
        }
        List<FormQuestion> columns = columns(versions);
        try {
            out.write('\uFEFF');
            List<String> header =
                    new ArrayList<>(List.of("reference", "captured_at", "received_at", "version", "mode"));
            columns.forEach(q -> header.add(q.id() + ": " + q.label().english()));
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
                printer.printRecord(header.stream().map(FormResults::safe).toList());
                People who = people(filter);
                for (var s : submissions.answers(
                        formKey, filter.version(), since(filter), mode(filter), who.everyone(), who.ids())) {
                    Row row = row(s);
                    List<String> record = new ArrayList<>(List.of(
                            row.reference(),
                            row.capturedAt().toString(),
                            row.receivedAt().toString(),
                            String.valueOf(row.version()),
                            row.mode()));
                    columns.forEach(q -> record.add(safe(row.answers().getOrDefault(q.id(), ""))));
                    printer.printRecord(record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** OWASP CSV injection: a cell starting with a formula character is kept as text. */
    static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
