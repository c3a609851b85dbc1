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
}
