package uk.gov.lbhf.withus.feedback;

import java.util.List;
import java.util.Set;

/**
 * What forms need to know of co-production groups: which ones a form can be for, the languages each works in, and whom
 * a group's form is for. The groups feature implements it (groups depends on feedback, so feedback asks through this).
 */
public interface FormGroups {

    /** An open group a form can be for: its slug, its name, and the languages it works in (English first). */
    record Group(String slug, String name, List<String> languages) {}

    List<Group> openGroups();

    /** The slugs of the groups this person is a member of. */
    Set<String> memberOf(long personId);

    /** Every group, open or closed (a closed group keeps its record), by name: what results can be narrowed to. */
    List<Group> allGroups();

    /** The people who are members of this group now (empty for a group that does not exist). */
    Set<Long> memberIds(String slug);
}
