package uk.gov.lbhf.withus.groups;

public record Member(long personId, String displayName, MemberRole role) {}
