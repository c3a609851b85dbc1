package uk.gov.lbhf.withus.base.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;
import uk.gov.lbhf.withus.base.LanguageChoice;
import uk.gov.lbhf.withus.base.Languages;
import uk.gov.lbhf.withus.base.Languages.Language;

/**
 * Every page in the reader's language (base/LanguageChoice): the page's first HTML says its {@code lang} and
 * {@code dir} (so a screen reader and the browser's layout are right from the start, and Arabic mirrors from
 * {@code dir} alone), and every view is translated into it.
 */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    private final LanguageChoice choice;

    LanguageSetup(LanguageChoice choice) {
        this.choice = choice;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Language language = of(response.getVaadinRequest());
            if (response.getVaadinRequest() instanceof VaadinServletRequest request
                    && response.getVaadinResponse() instanceof com.vaadin.flow.server.VaadinServletResponse out) {
                choice.keepOnDevice(language, request.getHttpServletRequest(), out.getHttpServletResponse());
            }
            response.getDocument()
                    .getElementsByTag("html")
                    .attr("lang", language.locale().toLanguageTag())
                    .attr("dir", language.dir());
        });
        event.getSource().addUIInitListener(init -> {
            Language language = of(VaadinRequest.getCurrent());
            init.getUI().setLocale(language.locale());
            init.getUI().setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        });
    }

    private Language of(VaadinRequest request) {
        return request instanceof VaadinServletRequest servlet
                ? choice.of(servlet.getHttpServletRequest())
                : Languages.english();
    }
}
