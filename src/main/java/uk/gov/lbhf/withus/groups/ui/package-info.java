/** The group pages. {@link uk.gov.lbhf.withus.groups.ui.MeetingCard} is shared with the home page. */
@org.springframework.modulith.NamedInterface("ui")
package uk.gov.lbhf.withus.groups.ui;
