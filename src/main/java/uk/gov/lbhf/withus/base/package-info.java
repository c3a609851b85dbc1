/**
 * Shared by every feature: the layout, small UI helpers, the clock and the offline page. An open module, so
 * features may use its {@code ui} package directly; it depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package uk.gov.lbhf.withus.base;
