package cn.gov.binzhou.nineones.batch;

import java.util.List;
import java.util.Objects;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/batches}: the batches, newest first, for our pages and scripts. */
@RestController
class BatchController {

    /** A batch as the pages list it. */
    record BatchSummary(String code, String name, int year, String phase, String phaseLabel, String nominationCloses) {
    }

    private final Batches batches;

    BatchController(Batches batches) {
        this.batches = batches;
    }

    @GetMapping("/api/batches")
    List<BatchSummary> list() {
        return batches.all().stream().map(batch -> new BatchSummary(batch.code(), batch.name(), batch.year(),
                batch.phase().name(), batch.phase().label(),
                Objects.toString(batch.calendar().nominationCloses(), ""))).toList();
    }
}
