/**
 * Residents' data rights (UK GDPR): a person sees and downloads everything WithUs holds about them. Reads only
 * through the other features' doors (people, groups, sync); owns no data of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data rights")
package uk.gov.lbhf.withus.rights;
