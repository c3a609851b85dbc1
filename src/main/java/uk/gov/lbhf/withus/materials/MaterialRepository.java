package uk.gov.lbhf.withus.materials;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface MaterialRepository extends JpaRepository<Material, Long> {

    @EntityGraph(attributePaths = "formats")
    List<Material> findByGroupIdOrderByPublishedAtDesc(long groupId);

    @EntityGraph(attributePaths = "formats")
    List<Material> findByGroupIdInOrderByPublishedAtDesc(Collection<Long> groupIds, Limit limit);

    @org.springframework.data.jpa.repository.Query("select m.groupId from Material m where m.id = :id")
    java.util.Optional<Long> findGroupIdById(long id);
}
