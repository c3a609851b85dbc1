package uk.gov.lbhf.withus.sync.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Map;
import java.util.UUID;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.devices.DeviceService;

/**
 * The invisible element on every Flow page that connects the browser to the sync protocol: it registers the
 * browser as a device of the signed-in person (through this server-side call, protected by the Vaadin session,
 * never an open endpoint) and starts the sync client (frontend/sync/withus-sync-agent.ts).
 */
@Tag("withus-sync-agent")
@JsModule("./sync/withus-sync-agent.ts")
@NpmPackage(value = "idb", version = "8.0.4")
public class SyncAgent extends Component {

    private final transient PeopleService people;
    private final transient DeviceService devices;

    public SyncAgent(PeopleService people, DeviceService devices) {
        this.people = people;
        this.devices = devices;
        people.currentUser()
                .ifPresentOrElse(
                        user -> {
                            getElement().setProperty("displayName", user.displayName());
                            getElement().setProperty("account", user.username());
                            getElement().setProperty("state", "signed-in");
                        },
                        () -> getElement().setProperty("state", "signed-out"));
        getElement().setAttribute("aria-hidden", "true");
    }

    /** lockKey: the private half of a new lock key pair made by the browser, or null when it has one already. */
    @ClientCallable
    Map<String, Object> registerDevice(String deviceId, String label, String lockKey) {
        var user = people.currentUser().orElseThrow(() -> new IllegalStateException("Not signed in"));
        var issued = devices.register(user, UUID.fromString(deviceId), label, lockKey);
        return Map.of(
                "deviceId", issued.deviceId().toString(), "token", issued.token(), "hasLockKey", issued.hasLockKey());
    }

    /** The private lock key of the signed-in person's device, to open what was sealed when they signed out. */
    @ClientCallable
    String unlockKey(String deviceId) {
        var user = people.currentUser().orElseThrow(() -> new IllegalStateException("Not signed in"));
        return devices.lockKey(user, UUID.fromString(deviceId)).orElse("");
    }
}
