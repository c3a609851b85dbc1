package uk.gov.lbhf.withus.testsupport;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Vaadin makes its security-context holder the JVM-wide one when an application context starts. The application runs
 * one context, so the holder its filters were built with and the static one are the same; a test JVM keeps several
 * contexts cached, and after a second one starts, the first one's filters and its code that reads the static holder
 * would look at different holders (a signed-in device would look signed out). Before each test class this puts the
 * static holder back to the one of the context the class runs in, so the order test classes run in does not matter.
 */
public class OneSecurityHolderPerContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 1_000; // after the context is loaded by DependencyInjectionTestExecutionListener (2,000 is later)
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
