package uk.gov.lbhf.withus.materials;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaperRequestRepository extends JpaRepository<PaperRequest, Long> {

    /** The requests counted per paper, format and language, the longest waiting first. */
    @Query("""
            select new uk.gov.lbhf.withus.materials.PaperRequestRepository$Row(
                r.materialId, m.title, m.groupId, r.formatKind, r.language, count(r), min(r.requestedAt), max(r.requestedAt))
            from PaperRequest r, Material m
            where m.id = r.materialId
            group by r.materialId, m.title, m.groupId, r.formatKind, r.language
            order by min(r.requestedAt), r.materialId, r.formatKind, r.language
            """)
    List<Row> counted();

    /** Requests still waiting for this paper in this format and language (any of its regional variants). */
    @Query("""
            select r from PaperRequest r
            where r.materialId = :materialId and r.formatKind = :kind and r.fulfilledAt is null
              and (r.language = :language or r.language like concat(:language, '-%'))
            """)
    List<PaperRequest> waiting(long materialId, FormatKind kind, String language);

    /** A person's requests, newest first (what they asked for and whether it is there). */
    List<PaperRequest> findByPersonIdOrderByRequestedAtDesc(long personId);

    long countByPersonId(long personId);

    /** On erasure: the requests stay (the team needs how many asked) without who asked. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update PaperRequest r set r.personId = null where r.personId = :personId")
    int forgetPerson(long personId);

    record Row(
            Long materialId,
            String title,
            Long groupId,
            FormatKind kind,
            String language,
            long count,
            java.time.OffsetDateTime firstAsked,
            java.time.OffsetDateTime lastAsked) {}
}
