package uk.gov.lbhf.withus.feedback;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FormDefinitionRepository extends JpaRepository<FormDefinition, Long> {

    Optional<FormDefinition> findByFormKeyAndVersion(String formKey, int version);

    Optional<FormDefinition> findFirstByFormKeyOrderByVersionDesc(String formKey);

    List<FormDefinition> findByFormKeyOrderByVersionDesc(String formKey);

    @Query("""
            select f from FormDefinition f
            where f.version = (select max(g.version) from FormDefinition g where g.formKey = f.formKey)
            order by f.title""")
    List<FormDefinition> findLatestVersions();
}
