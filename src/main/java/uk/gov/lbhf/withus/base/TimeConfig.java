package uk.gov.lbhf.withus.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app, in the council's time zone, so tests can fix "now". */
@Configuration
class TimeConfig {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(LONDON);
    }
}
