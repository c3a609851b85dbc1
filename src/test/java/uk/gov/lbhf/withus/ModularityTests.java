package uk.gov.lbhf.withus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void features_only_use_each_others_public_doors_and_have_no_cycles() {
        modules.verify();
    }

    @Test
    void every_feature_named_in_the_architecture_is_a_module() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains(
                        "base", "people", "groups", "materials", "feedback", "home", "about", "demo", "sync", "rights");
    }

    @Test
    void sync_never_imports_the_features_that_fill_the_pull_they_plug_in_through_its_offline_items() {
        var sync = modules.getModuleByName("sync").orElseThrow();
        var uses = sync.getDirectDependencies(modules).stream()
                .map(d -> d.getTargetModule().getIdentifier().toString())
                .distinct()
                .toList();
        assertThat(uses).doesNotContain("groups", "materials", "rights", "home", "about");
        assertThat(modules.getModuleByName("groups").orElseThrow().getDirectDependencies(modules).stream()
                        .map(d -> d.getTargetModule().getIdentifier().toString()))
                .contains("sync");
    }

    @Test
    void sync_has_a_door_per_job_and_other_features_see_only_its_top_package() {
        var sync = modules.getModuleByName("sync").orElseThrow();
        var doors = java.util.Map.of(
                "push", uk.gov.lbhf.withus.sync.push.PushService.class,
                "pull", uk.gov.lbhf.withus.sync.pull.PullService.class,
                "attachments", uk.gov.lbhf.withus.sync.attachments.AttachmentService.class,
                "devices", uk.gov.lbhf.withus.sync.devices.DeviceService.class,
                "inbox", uk.gov.lbhf.withus.sync.inbox.SyncInboxService.class);
        doors.forEach((door, service) -> {
            assertThat(sync.contains(service)).as(door).isTrue();
            assertThat(service.getPackageName()).isEqualTo("uk.gov.lbhf.withus.sync." + door);
            assertThat(sync.isExposed(new com.tngtech.archunit.core.importer.ClassFileImporter().importClass(service)))
                    .as(door + " is sync's own, not a door for other features")
                    .isFalse();
        });
    }
}
