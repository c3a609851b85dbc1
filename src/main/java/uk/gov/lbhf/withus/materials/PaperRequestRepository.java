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
