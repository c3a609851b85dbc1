package uk.gov.lbhf.withus.materials;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A paper an organiser is publishing to a group, as entered: its title, what it is about, its type, and its standard
 * version written in the page, uploaded as a file, or both (a recording's transcript, a document's text). The file
 * is the name and bytes the browser sent, checked by {@link PaperFile#check}.
 */
public record NewPaper(
        String title, String summary, String type, String meeting, String text, String fileName, byte[] file) {

    /** The radio value for "it is not for a meeting". */
    public static final String NO_MEETING = "none";

    /** A paper that is for no meeting. */
    public NewPaper(String title, String summary, String type, String text, String fileName, byte[] file) {
        this(title, summary, type, null, text, fileName, file);
    }

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 2000;

    /** What is wrong, by field: a stable code each (the bundle's {@code paper.error.<code>}). */
    public record Problem(String field, String code) {}

    /** Types an organiser publishes from the group (case studies and "you said, we did" come from their own places). */
    public static final List<MaterialType> TYPES =
            List.of(MaterialType.AGENDA, MaterialType.PAPER, MaterialType.MINUTES, MaterialType.REPORT);

    /** Checked against the ids of the group's own meetings (a paper is for one of them, or none). */
    public List<Problem> problems(java.util.Collection<Long> groupMeetings) {
        List<Problem> problems = new ArrayList<>();
        required("title", title, TITLE_MAX, problems);
        required("summary", summary, SUMMARY_MAX, problems);
        if (type == null || type.isBlank()) {
            problems.add(new Problem("type", "type-missing"));
        } else if (TYPES.stream().noneMatch(t -> t.name().equals(type))) {
            problems.add(new Problem("type", "type-unknown"));
        }
        boolean noMeeting = meeting == null || meeting.isBlank() || NO_MEETING.equals(meeting);
        if (!noMeeting && meetingId().filter(groupMeetings::contains).isEmpty()) {
            problems.add(new Problem("meeting", "meeting-unknown"));
        } else if (noMeeting && MaterialType.MINUTES.name().equals(type)) {
            problems.add(new Problem("meeting", "meeting-missing"));
        }
        problems.addAll(contentProblems(text, fileName, file, false));
        return problems;
    }

    /**
     * The standard version or a format's content: text, a file, or both; a recording needs its transcript (WCAG 1.2.1)
     * and only an audio format takes a recording.
     */
    static List<Problem> contentProblems(String text, String fileName, byte[] file, boolean audio) {
        List<Problem> problems = new ArrayList<>();
        boolean hasText = text != null && !text.isBlank();
        boolean hasFile = file != null;
        if (hasText && text.strip().length() > MaterialFormat.BODY_MAX) {
            problems.add(new Problem("text", "text-too-long"));
        }
        Optional<PaperFile> checked = Optional.empty();
        if (hasFile) {
            var result = PaperFile.check(fileName, file);
            result.problem().ifPresent(p -> problems.add(new Problem("file", p.code)));
            checked = result.file();
        }
        if (checked.isPresent()) {
            if (audio && !checked.get().isAudio()) {
                problems.add(new Problem("file", "file-not-audio"));
            } else if (!audio && checked.get().isAudio()) {
                problems.add(new Problem("file", "file-audio-not-here"));
            }
        }
        if (audio) {
            if (!hasFile) {
                problems.add(new Problem("file", "recording-missing"));
            }
            if (!hasText) {
                problems.add(new Problem("text", "transcript-missing"));
            }
        } else if (!hasText && !hasFile) {
            problems.add(new Problem("text", "content-missing"));
        }
        return problems;
    }

    /** The meeting chosen, when one was. */
    Optional<Long> meetingId() {
        try {
            return meeting == null || NO_MEETING.equals(meeting)
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(meeting));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    Optional<MaterialType> materialType() {
        return TYPES.stream().filter(t -> t.name().equals(type)).findFirst();
    }

    private static void required(String field, String value, int max, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, field + "-missing"));
        } else if (value.strip().length() > max) {
            problems.add(new Problem(field, field + "-too-long"));
        }
    }
}
