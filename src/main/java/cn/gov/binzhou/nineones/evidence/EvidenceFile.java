package cn.gov.binzhou.nineones.evidence;

import java.time.Instant;

/** One evidence file as recorded: which nomination and task it belongs to, what it is, who uploaded it. */
record EvidenceFile(String id, long nominationId, String taskId, String item, String originalName, String storedName,
        String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {
}
