package uk.gov.lbhf.withus.feedback;

import org.springframework.data.jpa.repository.JpaRepository;

interface FormDraftRepository extends JpaRepository<FormDraft, String> {}
