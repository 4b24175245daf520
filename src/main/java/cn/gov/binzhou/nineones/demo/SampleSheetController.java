package cn.gov.binzhou.nineones.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.demo.DemoEnterprises.DemoEnterprise;

/**
 * {@code GET /api/demo/sample-sheet.xlsx} and {@code .csv} (GBK, as Excel saves it on Chinese Windows): a
 * filled-in nomination sheet of the import template, one made-up enterprise per agency, for trying the
 * import with one click (demo profile only; the import page shows the links when they answer).
 */
@RestController
@Profile("demo")
class SampleSheetController {

    static final String FILE_NAME = "提报导入示例";
    private static final long SEED = 20_231_016L;

    private final List<DemoEnterprise> sample;

    SampleSheetController(Agencies agencies) {
        this.sample = new DemoEnterprises(SEED).generate(agencies.all(), 1, 3, "shili");
    }

    @GetMapping("/api/demo/sample-sheet.xlsx")
    ResponseEntity<byte[]> xlsx() {
        return file(DemoSheets.xlsx(sample), ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/api/demo/sample-sheet.csv")
    ResponseEntity<byte[]> csv() {
        return file(DemoSheets.csv(sample, DemoSheets.GBK), ".csv", MediaType.parseMediaType("text/csv;charset=GBK"));
    }

    private static ResponseEntity<byte[]> file(byte[] content, String extension, MediaType type) {
        ContentDisposition disposition = ContentDisposition.attachment().filename(FILE_NAME + extension, StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(content);
    }
}
