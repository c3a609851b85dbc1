package uk.gov.lbhf.withus.feedback;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lbhf.withus.base.Languages;
import uk.gov.lbhf.withus.base.SharedRules;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.Role;

/**
 * The door to writing forms in WithUs, for the co-production team only (every method checks): a form's details (its
 * title and description, the languages it is written in, whom it is for), its questions one at a time, its words in
 * each language, and publishing it as the next version after checking every text is there in every language. Each
 * problem names its field and a stable code; nothing is saved while there is one.
 */
@Service
@Transactional(readOnly = true)
public class FormAuthoring {

    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 500;
    public static final int LABEL_MAX = 300;
    public static final int HINT_MAX = 500;
    public static final int OPTION_MAX = 120;
    public static final int OPTIONS_MAX = 20;
    public static final int QUESTIONS_MAX = 40;
    /** The kinds of question the team writes (photos, recordings and references are the app's own). */
    public static final List<String> KINDS =
            List.of("radios", "checkboxes", "ranking", "scale", "text", "textarea", "number", "date", "consent");
    /** Whom a form is for: anyone signed in, people with some roles, or the members of one group. */
    public static final List<String> AUDIENCES = List.of("anyone", "roles", "group");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FormDraftRepository drafts;
    private final FormDefinitionRepository definitions;
    private final FeedbackFormService forms;
    private final FormGroups groups;
    private final Clock clock;

    FormAuthoring(
            FormDraftRepository drafts,
            FormDefinitionRepository definitions,
            FeedbackFormService forms,
            FormGroups groups,
            Clock clock) {
        this.drafts = drafts;
        this.definitions = definitions;
        this.forms = forms;
        this.groups = groups;
        this.clock = clock;
    }

    /** A problem with what was entered: the field it is at, a stable code, and the language it is about (or null). */
    public record Problem(String field, String code, String language) {}

    /** What an action gave: its result, or the problems that stopped it (nothing was saved). */
    public record Outcome<T>(Optional<T> value, List<Problem> problems) {
        static <T> Outcome<T> of(T value) {
            return new Outcome<>(Optional.of(value), List.of());
        }

        static <T> Outcome<T> refused(List<Problem> problems) {
            return new Outcome<>(Optional.empty(), List.copyOf(problems));
        }
    }

    /** A form's details: its English title and description, its other languages, and whom it is for. */
    public record About(
            String title, String description, List<String> languages, String audience, Set<Role> roles, String group) {}

    /**
     * One question as the team wrote it, each text by language tag. Choices are one per line, the same number of
     * lines in every language; a choice's value is made from its English words.
     */
    public record QuestionInput(
            String kind,
            Map<String, String> labels,
            Map<String, String> hints,
            Boolean required,
            Map<String, String> options,
            String min,
            String max,
            Map<String, String> low,
            Map<String, String> high) {}

    /** A form being written. {@code nextVersion} is the version publishing makes. */
    public record Draft(
            String formKey,
            int nextVersion,
            LocalText title,
            LocalText description,
            List<String> languages,
            String audience,
            Set<Role> roles,
            String group,
            List<FormQuestion> questions,
            boolean equality,
            OffsetDateTime updatedAt) {}

    /** A form the team can write: its key, its title, its latest published version (0: none yet), and a draft. */
    public record Written(String formKey, LocalText title, int version, boolean draft) {}

    public boolean mayWrite(CurrentUser user) {
        return user.has(Role.COPRODUCTION_TEAM);
    }

    private void requireTeam(CurrentUser user) {
        if (!mayWrite(user)) {
            throw new AccessDeniedException("Only the co-production team writes forms");
        }
    }

    /** The groups a form can be for. */
    public List<FormGroups.Group> openGroups() {
        return groups.openGroups();
    }

    /** Every form the team writes (not those the app owns, which answer about a thing), drafts first. */
    public List<Written> written(CurrentUser user) {
        requireTeam(user);
        Map<String, Written> all = new LinkedHashMap<>();
        for (FormDraft draft : drafts.findAll()) {
            var latest = definitions.findFirstByFormKeyOrderByVersionDesc(draft.getFormKey());
            all.put(
                    draft.getFormKey(),
                    new Written(
                            draft.getFormKey(),
                            FormQuestions.text(draft.getDefinition(), "title").orElseThrow(),
                            latest.map(FormDefinition::getVersion).orElse(0),
                            true));
        }
        for (FormSummary form : forms.latestForms()) {
            if (!all.containsKey(form.formKey()) && isWritable(form)) {
                all.put(form.formKey(), new Written(form.formKey(), form.titleText(), form.version(), false));
            }
        }
        return List.copyOf(all.values());
    }

    private static boolean isWritable(FormSummary form) {
        return FormQuestions.parse(form.definition()).stream().noneMatch(q -> q.refers() != null);
    }

    /** The draft of a form, started from its latest version when there is none yet; empty when no such form. */
    @Transactional
    public Optional<Draft> draft(CurrentUser user, String formKey) {
        requireTeam(user);
        Optional<FormDraft> draft = drafts.findById(formKey);
        if (draft.isEmpty()) {
            var latest = forms.versionsOf(formKey).stream().findFirst().filter(FormAuthoring::isWritable);
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            FormSummary form = latest.get();
            var fresh = new FormDraft(formKey);
            fresh.write(
                    form.definition(),
                    languagesOf(form),
                    rolesText(form.forRoles()),
                    form.forGroup(),
                    user.personId(),
                    OffsetDateTime.now(clock));
            draft = Optional.of(drafts.save(fresh));
        }
        return draft.map(this::toDraft);
    }

    private static List<String> languagesOf(FormSummary form) {
        Set<String> languages = new LinkedHashSet<>(List.of("en"));
        languages.addAll(new java.util.TreeSet<>(form.titleText().byLanguage().keySet()));
        return List.copyOf(languages);
    }

    private Draft toDraft(FormDraft draft) {
        JsonNode definition = JSON.readTree(draft.getDefinition());
        List<FormQuestion> questions =
                definition.path("questions").isEmpty() ? List.of() : FormQuestions.parse(draft.getDefinition());
        Set<Role> roles = roles(draft.getForRoles());
        String audience =
                draft.getForGroup() != null ? "group" : roles.equals(EnumSet.allOf(Role.class)) ? "anyone" : "roles";
        return new Draft(
                draft.getFormKey(),
                definitions
                                .findFirstByFormKeyOrderByVersionDesc(draft.getFormKey())
                                .map(FormDefinition::getVersion)
                                .orElse(0)
                        + 1,
                LocalText.read(definition.path("title")),
                Optional.ofNullable(LocalText.read(definition.path("description")))
                        .orElse(null),
                draft.getLanguages(),
                audience,
                roles,
                draft.getForGroup(),
                questions,
                definition.path("equality").asBoolean(false),
                draft.getUpdatedAt());
    }

    private static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : text.split(",")) {
            if (!role.isBlank()) {
                roles.add(Role.valueOf(role.trim()));
            }
        }
        return roles;
    }

    private static String rolesText(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    // ---- a form's details ----

    /** Starts a new form from its details; its key is made from its English title. */
    @Transactional
    public Outcome<String> start(CurrentUser user, About about) {
        requireTeam(user);
        List<Problem> problems = check(about);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        String key = freshKey(about.title());
        ObjectNode definition = JSON.createObjectNode();
        definition.set("title", text(Map.of("en", about.title().strip())));
        if (!about.description().isBlank()) {
            definition.set("description", text(Map.of("en", about.description().strip())));
        }
        definition.set("questions", JSON.createArrayNode());
        var draft = new FormDraft(key);
        write(draft, definition, about, user);
        drafts.save(draft);
        return Outcome.of(key);
    }

    /** Changes a draft's details; the words already written in other languages are kept. */
    @Transactional
    public Outcome<String> changeAbout(CurrentUser user, String formKey, About about) {
        requireTeam(user);
        FormDraft draft = drafts.findById(formKey).orElseThrow(() -> new IllegalArgumentException("No draft"));
        List<Problem> problems = check(about);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        ObjectNode definition = (ObjectNode) JSON.readTree(draft.getDefinition());
        ((ObjectNode) definition.withObject("title")).put("en", about.title().strip());
        if (about.description().isBlank()) {
            definition.remove("description");
        } else {
            ((ObjectNode) definition.withObject("description"))
                    .put("en", about.description().strip());
        }
        write(draft, definition, about, user);
        return Outcome.of(formKey);
    }

    private void write(FormDraft draft, ObjectNode definition, About about, CurrentUser user) {
        Set<String> languages = new LinkedHashSet<>(List.of("en"));
        about.languages().stream().filter(l -> !l.equals("en")).sorted().forEach(languages::add);
        String group = about.audience().equals("group") ? about.group() : null;
        if (group != null) {
            groups.openGroups().stream()
                    .filter(g -> g.slug().equals(group))
                    .forEach(g -> languages.addAll(g.languages())); // a group's form is written in its languages
        }
        Set<Role> roles = about.audience().equals("roles") ? about.roles() : EnumSet.allOf(Role.class);
        draft.write(
                JSON.writeValueAsString(definition),
                List.copyOf(languages),
                rolesText(roles),
                group,
                user.personId(),
                OffsetDateTime.now(clock));
    }

    /** Writes a changed definition back to the draft, keeping its languages and audience. */
    private void saveDefinition(FormDraft draft, JsonNode definition, CurrentUser user) {
        draft.write(
                JSON.writeValueAsString(definition),
                draft.getLanguages(),
                draft.getForRoles(),
                draft.getForGroup(),
                user.personId(),
                OffsetDateTime.now(clock));
    }

    private List<Problem> check(About about) {
        List<Problem> problems = new ArrayList<>();
        String title = about.title() == null ? "" : about.title().strip();
        if (title.isEmpty()) {
            problems.add(new Problem("title", "title-missing", null));
        } else if (title.codePointCount(0, title.length()) > TITLE_MAX) {
            problems.add(new Problem("title", "title-too-long", null));
        }
        String description =
                about.description() == null ? "" : about.description().strip();
        if (description.codePointCount(0, description.length()) > DESCRIPTION_MAX) {
            problems.add(new Problem("description", "description-too-long", null));
        }
        Set<String> known =
                Languages.all().stream().map(Languages.Language::tag).collect(Collectors.toSet());
        if (!known.containsAll(about.languages())) {
            problems.add(new Problem("languages", "language-unknown", null));
        }
        switch (about.audience() == null ? "" : about.audience()) {
            case "anyone" -> {}
            case "roles" -> {
                if (about.roles() == null || about.roles().isEmpty()) {
                    problems.add(new Problem("roles", "roles-missing", null));
                }
            }
            case "group" -> {
                if (about.group() == null
                        || groups.openGroups().stream().noneMatch(g -> g.slug().equals(about.group()))) {
                    problems.add(new Problem("group", "group-missing", null));
                }
            }
            default -> problems.add(new Problem("audience", "audience-missing", null));
        }
        return problems;
    }

    private String freshKey(String title) {
        String base = java.text.Normalizer.normalize(
                        title.strip().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "form";
        }
        String key = base;
        for (int n = 2;
                drafts.existsById(key)
                        || definitions.findFirstByFormKeyOrderByVersionDesc(key).isPresent();
                n++) {
            key = base + "-" + n;
        }
        return key;
    }

    // ---- the words in other languages ----

    /** The title and description in each of the draft's other languages (English is in its details). */
    @Transactional
    public Outcome<String> translate(
            CurrentUser user, String formKey, Map<String, String> titles, Map<String, String> descriptions) {
        requireTeam(user);
        FormDraft draft = drafts.findById(formKey).orElseThrow(() -> new IllegalArgumentException("No draft"));
        ObjectNode definition = (ObjectNode) JSON.readTree(draft.getDefinition());
        List<Problem> problems = new ArrayList<>();
        boolean hasDescription = definition.has("description");
        for (String language : draft.getLanguages()) {
            if (language.equals("en")) {
                continue;
            }
            String title = titles.getOrDefault(language, "").strip();
            if (title.isEmpty()) {
                problems.add(new Problem("title-" + language, "translation-missing", language));
            } else if (title.codePointCount(0, title.length()) > TITLE_MAX) {
                problems.add(new Problem("title-" + language, "title-too-long", language));
            }
            String description = descriptions.getOrDefault(language, "").strip();
            if (hasDescription && description.isEmpty()) {
                problems.add(new Problem("description-" + language, "translation-missing", language));
            } else if (description.codePointCount(0, description.length()) > DESCRIPTION_MAX) {
                problems.add(new Problem("description-" + language, "description-too-long", language));
            }
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        for (String language : draft.getLanguages()) {
            if (!language.equals("en")) {
                ((ObjectNode) definition.withObject("title"))
                        .put(language, titles.get(language).strip());
                if (hasDescription) {
                    ((ObjectNode) definition.withObject("description"))
                            .put(language, descriptions.get(language).strip());
                }
            }
        }
        saveDefinition(draft, definition, user);
        return Outcome.of(formKey);
    }

    // ---- questions ----

    /** Adds a question (questionId null) or changes one; gives the question's id. */
    @Transactional
    public Outcome<String> saveQuestion(CurrentUser user, String formKey, String questionId, QuestionInput input) {
        requireTeam(user);
        FormDraft draft = drafts.findById(formKey).orElseThrow(() -> new IllegalArgumentException("No draft"));
        ObjectNode definition = (ObjectNode) JSON.readTree(draft.getDefinition());
        ArrayNode questions = definition.withArray("questions");
        int at = -1;
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).path("id").asString().equals(questionId)) {
                at = i;
            }
        }
        if (questionId != null && at < 0) {
            throw new IllegalArgumentException("No such question");
        }
        if (questionId == null && questions.size() >= QUESTIONS_MAX) {
            return Outcome.refused(List.of(new Problem("kind", "too-many-questions", null)));
        }
        List<Problem> problems = new ArrayList<>();
        ObjectNode question = question(input, draft.getLanguages(), problems);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        String id = questionId != null ? questionId : nextId(questions, formKey);
        question.put("id", id);
        ObjectNode ordered = JSON.createObjectNode();
        ordered.put("id", id);
        ordered.setAll(question);
        if (at >= 0) {
            questions.set(at, ordered);
        } else {
            questions.add(ordered);
        }
        saveDefinition(draft, definition, user);
        return Outcome.of(id);
    }

    /** Takes a question out of the draft (older versions keep it, and their answers to it). */
    @Transactional
    public void removeQuestion(CurrentUser user, String formKey, String questionId) {
        requireTeam(user);
        FormDraft draft = drafts.findById(formKey).orElseThrow(() -> new IllegalArgumentException("No draft"));
        ObjectNode definition = (ObjectNode) JSON.readTree(draft.getDefinition());
        ArrayNode questions = definition.withArray("questions");
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).path("id").asString().equals(questionId)) {
                questions.remove(i);
                break;
            }
        }
        saveDefinition(draft, definition, user);
    }

    /**
     * A new question's id: never one this form has used, in the draft or any version, so that a column of answers is
     * always one question's (results and CSV join versions by question id).
     */
    private String nextId(ArrayNode questions, String formKey) {
        Set<String> taken = new java.util.HashSet<>();
        questions.forEach(q -> taken.add(q.path("id").asString()));
        for (FormSummary version : forms.versionsOf(formKey)) {
            FormQuestions.parse(version.definition()).forEach(q -> taken.add(q.id()));
        }
        int n = questions.size() + 1;
        while (taken.contains("q" + n)) {
            n++;
        }
        return "q" + n;
    }

    private static ObjectNode question(QuestionInput input, List<String> languages, List<Problem> problems) {
        ObjectNode question = JSON.createObjectNode();
        String kind = input.kind() == null ? "" : input.kind();
        if (!KINDS.contains(kind)) {
            problems.add(new Problem("kind", "kind-missing", null));
            return question;
        }
        question.put("type", kind);
        question.set("label", words(input.labels(), languages, "label", LABEL_MAX, true, problems));
        if (anyGiven(input.hints())) {
            question.set("hint", words(input.hints(), languages, "hint", HINT_MAX, true, problems));
        }
        if (input.required() == null) {
            problems.add(new Problem("required", "required-missing", null));
        } else {
            question.put("required", input.required());
        }
        if (FormQuestion.WITH_OPTIONS.contains(kind)) {
            question.set("options", options(input.options(), languages, problems));
        }
        if (kind.equals("number")) {
            var min = number(input.min(), "min", problems);
            var max = number(input.max(), "max", problems);
            if (min != null && max != null && min.compareTo(max) > 0) {
                problems.add(new Problem("min", "min-more-than-max", null));
            }
            if (min != null) {
                question.put("min", min);
            }
            if (max != null) {
                question.put("max", max);
            }
        }
        if (kind.equals("scale")) {
            if (anyGiven(input.low())) {
                question.set("low", words(input.low(), languages, "low", OPTION_MAX, true, problems));
            }
            if (anyGiven(input.high())) {
                question.set("high", words(input.high(), languages, "high", OPTION_MAX, true, problems));
            }
        }
        return question;
    }

    private static boolean anyGiven(Map<String, String> texts) {
        return texts != null && texts.values().stream().anyMatch(t -> t != null && !t.isBlank());
    }

    /** A text in every language: each missing one is a problem at its field ("label-ar"). */
    private static ObjectNode words(
            Map<String, String> texts,
            List<String> languages,
            String field,
            int max,
            boolean required,
            List<Problem> problems) {
        ObjectNode node = JSON.createObjectNode();
        for (String language : languages) {
            String words = texts == null ? "" : texts.getOrDefault(language, "");
            words = words == null ? "" : words.strip();
            if (words.isEmpty()) {
                if (required) {
                    problems.add(new Problem(
                            field + "-" + language,
                            language.equals("en") ? field + "-missing" : "translation-missing",
                            language));
                }
            } else if (words.codePointCount(0, words.length()) > max || words.contains("\n")) {
                problems.add(new Problem(field + "-" + language, field + "-too-long", language));
            } else {
                node.put(language, words);
            }
        }
        return node;
    }

    private static java.math.BigDecimal number(String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!SharedRules.NUMBER.matcher(text.strip()).matches()) {
            problems.add(new Problem(field, field + "-not-a-number", null));
            return null;
        }
        return new java.math.BigDecimal(text.strip());
    }

    private static ArrayNode options(Map<String, String> lines, List<String> languages, List<Problem> problems) {
        ArrayNode options = JSON.createArrayNode();
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        for (String language : languages) {
            String text = lines == null ? "" : lines.getOrDefault(language, "");
            byLanguage.put(
                    language,
                    (text == null ? "" : text)
                            .lines()
                            .map(String::strip)
                            .filter(l -> !l.isEmpty())
                            .toList());
        }
        List<String> english = byLanguage.get("en");
        if (english.size() < 2) {
            problems.add(new Problem("options-en", "options-too-few", "en"));
            return options;
        }
        if (english.size() > OPTIONS_MAX) {
            problems.add(new Problem("options-en", "options-too-many", "en"));
            return options;
        }
        List<String> values = new ArrayList<>();
        for (String words : english) {
            String value = valueOf(words);
            if (values.contains(value)) {
                problems.add(new Problem("options-en", "option-twice", "en"));
                return options;
            }
            values.add(value);
        }
        for (var entry : byLanguage.entrySet()) {
            List<String> words = entry.getValue();
            String field = "options-" + entry.getKey();
            if (words.size() != english.size()) {
                problems.add(
                        new Problem(field, words.isEmpty() ? "translation-missing" : "options-count", entry.getKey()));
            } else if (words.stream().anyMatch(w -> w.codePointCount(0, w.length()) > OPTION_MAX)) {
                problems.add(new Problem(field, "option-too-long", entry.getKey()));
            } else if (words.stream()
                            .map(w -> w.toLowerCase(Locale.ROOT))
                            .distinct()
                            .count()
                    < words.size()) {
                problems.add(new Problem(field, "option-twice", entry.getKey()));
            }
        }
        for (int i = 0; i < english.size(); i++) {
            ObjectNode option = JSON.createObjectNode();
            option.put("value", values.get(i));
            ObjectNode label = JSON.createObjectNode();
            for (var entry : byLanguage.entrySet()) {
                if (entry.getValue().size() == english.size()) {
                    label.put(entry.getKey(), entry.getValue().get(i));
                }
            }
            option.set("label", label);
            options.add(option);
        }
        return options;
    }

    /** A choice's stable value from its English words: "Jobs and training" → "jobs-and-training". */
    static String valueOf(String englishWords) {
        String value = java.text.Normalizer.normalize(
                        englishWords.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (value.length() > 80) {
            value = value.substring(0, 80).replaceAll("-+$", "");
        }
        return value.isEmpty() ? "choice" : value;
    }

    private static ObjectNode text(Map<String, String> byLanguage) {
        ObjectNode node = JSON.createObjectNode();
        byLanguage.forEach(node::put);
        return node;
    }

    // ---- the equality section ----

    /**
     * Adds the equality section to the draft, or takes it out (sync/SPEC.md, "Equality information"): its questions are
     * WithUs's own, the same on every form, so there is nothing to write or translate. {@code add} null is a problem.
     */
    @Transactional
    public Outcome<String> setEquality(CurrentUser user, String formKey, Boolean add) {
        requireTeam(user);
        FormDraft draft = drafts.findById(formKey).orElseThrow(() -> new IllegalArgumentException("No draft"));
        if (add == null) {
            return Outcome.refused(List.of(new Problem("equality", "equality-missing", null)));
        }
        ObjectNode definition = (ObjectNode) JSON.readTree(draft.getDefinition());
        if (add) {
            definition.put("equality", true);
        } else {
            definition.remove("equality");
        }
        saveDefinition(draft, definition, user);
        return Outcome.of(formKey);
    }

    // ---- publishing ----

    /**
     * Everything that stops the draft from being published: no questions, or a text missing in one of its languages
     * (field "question-{id}" or "title"/"description", with the language).
     */
    public List<Problem> problemsBeforePublishing(CurrentUser user, String formKey) {
        requireTeam(user);
        FormDraft draft = drafts.findById(formKey).orElseThrow(() -> new IllegalArgumentException("No draft"));
        return problems(draft);
    }

    private static List<Problem> problems(FormDraft draft) {
        List<Problem> problems = new ArrayList<>();
        JsonNode definition = JSON.readTree(draft.getDefinition());
        List<String> languages = draft.getLanguages();
        for (String language : languages) {
            if (!definition.path("title").has(language)) {
                problems.add(new Problem("title", "translation-missing", language));
            }
            if (definition.has("description") && !definition.path("description").has(language)) {
                problems.add(new Problem("description", "translation-missing", language));
            }
        }
        if (definition.path("questions").isEmpty()) {
            problems.add(new Problem("questions", "no-questions", null));
        }
        for (JsonNode q : definition.path("questions")) {
            String field = "question-" + q.path("id").asString();
            for (String language : languages) {
                boolean missing = !q.path("label").has(language)
                        || (q.has("hint") && !q.path("hint").has(language))
                        || (q.has("low") && !q.path("low").has(language))
                        || (q.has("high") && !q.path("high").has(language));
                for (JsonNode option : q.path("options")) {
                    missing |= !option.path("label").has(language);
                }
                if (missing) {
                    problems.add(new Problem(field, "translation-missing", language));
                }
            }
        }
        return problems;
    }

    /** Publishes the draft as the form's next version (members get it at their next sync) and removes the draft. */
    @Transactional
    public Outcome<FormSummary> publish(CurrentUser user, String formKey) {
        requireTeam(user);
        FormDraft draft = drafts.findById(formKey).orElseThrow(() -> new IllegalArgumentException("No draft"));
        List<Problem> problems = problems(draft);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        JsonNode definition = JSON.readTree(draft.getDefinition());
        FormSummary published = forms.publish(
                formKey,
                definition.path("title").path("en").asString(),
                definition.path("description").path("en").asString(""),
                draft.getDefinition(),
                roles(draft.getForRoles()),
                draft.getForGroup());
        drafts.delete(draft);
        return Outcome.of(published);
    }
}
