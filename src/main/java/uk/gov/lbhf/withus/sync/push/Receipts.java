package uk.gov.lbhf.withus.sync.push;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.lbhf.withus.sync.attachments.AttachmentRepository;
import uk.gov.lbhf.withus.sync.push.Receipt.Status;
import uk.gov.lbhf.withus.sync.push.Submission.DeclaredAttachment;

/** Receipts of stored submissions, saying which of their photos and recordings have not arrived yet. */
@Component
class Receipts {

    private final AttachmentRepository attachments;

    Receipts(AttachmentRepository attachments) {
        this.attachments = attachments;
    }

    /** The receipt of a stored submission: accepted or duplicate, with the files still to come. */
    Receipt of(Submission s, Status status) {
        List<String> missing = missingAttachments(s.getAttachments());
        String id = s.getId().toString();
        return new Receipt(id, status, Receipt.referenceOf(id), s.getReceivedAt(), missing.isEmpty(), missing, null);
    }

    public List<String> missingAttachments(List<DeclaredAttachment> declared) {
        if (declared.isEmpty()) {
            return List.of();
        }
        List<String> hashes =
                declared.stream().map(DeclaredAttachment::sha256).distinct().toList();
        List<String> present = attachments.findCompleteAmong(hashes);
        return hashes.stream().filter(h -> !present.contains(h)).toList();
    }
}
