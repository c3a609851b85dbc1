package uk.gov.lbhf.withus.groups;

import com.vaadin.flow.component.Component;
import uk.gov.lbhf.withus.people.CurrentUser;

/**
 * A section another feature adds to the group page (materials adds "Papers and minutes"). Implemented as a Spring
 * bean; keeps groups free of a dependency on the features that build on it.
 */
public interface GroupPageSection {

    /** Sections are shown in ascending order after the group's own sections. */
    int order();

    Component create(GroupSummary group, CurrentUser viewer);
}
