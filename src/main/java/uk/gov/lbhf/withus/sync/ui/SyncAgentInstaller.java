package uk.gov.lbhf.withus.sync.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.devices.DeviceService;

/** Puts a {@link SyncAgent} on every page (every UI), signed in or not. */
@Component
class SyncAgentInstaller implements VaadinServiceInitListener {

    private final PeopleService people;
    private final DeviceService devices;

    SyncAgentInstaller(PeopleService people, DeviceService devices) {
        this.people = people;
        this.devices = devices;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().add(new SyncAgent(people, devices)));
    }
}
