package uk.gov.lbhf.withus.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on in-memory H2 with demo data. Every view and endpoint test uses this one annotation so
 * that they share one Spring context: a second context re-registers Vaadin's static security-context strategy
 * and the browserless tests of the first would lose their signed-in user.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
public @interface AppTest {}
