package cn.gov.binzhou.nineones.evidence;

import java.time.Instant;
import java.util.Date;

/** What the evidence API answers. */
final class EvidenceViews {

    private EvidenceViews() {
    }

    /** One file, with the address it downloads from. */
    record FileView(String id, String taskId, String item, String fileName, String contentType, long size,
            String sha256, String uploadedBy, Instant uploadedAt, String url) {

        static FileView of(EvidenceFile file) {
            return new FileView(file.id(), file.taskId(), file.item(), file.originalName(), file.contentType(),
                    file.size(), file.sha256(), file.uploadedBy(), file.uploadedAt(), "/api/evidence/" + file.id());
        }
    }

    /** An open task that takes evidence, with the enterprise it is about. */
    record TaskView(String taskId, String taskKey, String taskName, Date due, String batchCode, String creditCode,
            String enterpriseName, String agencyName, long files) {
    }
}
