package cn.gov.binzhou.nineones.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.Nomination;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Browser;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * Evidence files over real HTTP as real users: uploaded on a task by whoever may see it, listed with the
 * task, downloaded by the enterprise, its agency and the city, and by nobody else (who learn nothing);
 * only real JPEG, PNG and PDF files up to 10 MB, stored under names of our own, their checksum verified on
 * every read. The tasks that will take evidence are modelled elsewhere; here the county review does.
 */
@ApplicationTest
@TestPropertySource(properties = "nineones.evidence.task-keys=countyReview,selfAssessment,countyAcceptance,citySpotCheck")
@ExtendWith(OutputCaptureExtension.class)
class EvidenceTest {

    private static final String BATCH = "2023-2";
    private static final Path STORE = temporaryStore();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("nineones.evidence.dir", STORE::toString);
    }

    @LocalServerPort int port;
    @Autowired Campaign campaign;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired Nominations nominations;

    private static int serial = 860_000;
    private Task review;

    @BeforeEach
    void aCountyReviewOfAnEnterpriseWithItsOwnAccount() {
        Campaign.today(LocalDate.of(2023, 9, 1));
        Users.ensure(identity, "evbc", "county-bincheng");
        Users.ensure(identity, "evbclead", "leader-bincheng");
        Users.ensure(identity, "evwd", "county-wudi");
        Users.ensure(identity, "evcity", Groups.CITY_BUREAU);
        Users.ensure(identity, "evleader", Groups.CITY_LEADER);
        Users.ensure(identity, "evgroup", Groups.cityGroup(1));
        Users.ensure(identity, "evadmin", Groups.ADMIN);
        Users.ensure(identity, "evqy", Groups.ENTERPRISE);
        Users.ensure(identity, "evqy2", Groups.ENTERPRISE);
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(BATCH).count() == 0) {
            campaign.startBatch(BATCH, "第二批");
        }
        ProcessInstance instance = nominate("滨州佐证化工有限公司");
        review = campaign.task(instance.getId(), EnterpriseProcess.COUNTY_REVIEW);
        nominations.assignEnterpriseUser(nominationOf(instance).id(), "evqy");
    }

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @AfterAll
    static void removeStore() throws IOException {
        try (Stream<Path> files = Files.walk(STORE)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void anUploadByTheTasksCandidate_isListed_andDownloadedByTheEnterpriseItsAgencyAndTheCity_only() throws Exception {
        byte[] photo = png(5000);
        List<Path> before = stored();

        ResponseEntity<Map> upload = upload("evbc", review.getId(), "../../岗位职责清单 照片.png", photo, "岗位职责清单");

        assertThat(upload.getStatusCode().value()).as(String.valueOf(upload.getBody())).isEqualTo(200);
        String id = upload.getBody().get("id").toString();
        assertThat(upload.getBody()).containsEntry("fileName", "岗位职责清单 照片.png").containsEntry("item", "岗位职责清单")
                .containsEntry("contentType", "image/png").containsEntry("size", 5000).containsEntry("sha256", sha256(photo))
                .containsEntry("uploadedBy", "evbc");

        List<Path> added = stored().stream().filter(file -> !before.contains(file)).toList();
        assertThat(added).hasSize(1);
        assertThat(added.get(0).getFileName().toString()).matches("[0-9a-f-]{36}\\.png").doesNotContain("岗位");
        assertThat(Files.readAllBytes(added.get(0))).isEqualTo(photo);

        assertThat(list("evbc", review.getId()).getBody()).extracting(file -> ((Map<?, ?>) file).get("id")).containsExactly(id);

        for (String reader : List.of("evbc", "evbclead", "evqy", "evcity", "evleader", "evgroup", "evadmin")) {
            ResponseEntity<byte[]> download = get(reader, "/api/evidence/" + id);
            assertThat(download.getStatusCode().value()).as(reader).isEqualTo(200);
            assertThat(download.getBody()).as(reader).isEqualTo(photo);
            HttpHeaders headers = download.getHeaders();
            assertThat(headers.getContentType()).isEqualTo(MediaType.IMAGE_PNG);
            assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                    .contains("filename*=UTF-8''%E5%B2%97%E4%BD%8D%E8%81%8C%E8%B4%A3%E6%B8%85%E5%8D%95%20%E7%85%A7%E7%89%87.png");
            assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
        }

        ResponseEntity<byte[]> noSuchFile = get("evbc", "/api/evidence/" + UUID.randomUUID());
        assertThat(noSuchFile.getStatusCode().value()).isEqualTo(404);
        for (String stranger : List.of("evwd", "evqy2")) {
            ResponseEntity<byte[]> refused = get(stranger, "/api/evidence/" + id);
            assertThat(refused.getStatusCode().value()).as(stranger).isEqualTo(404);
            assertThat(refused.getBody()).as("the same answer as for no file at all").isEqualTo(noSuchFile.getBody());
            assertThat(list(stranger, review.getId()).getStatusCode().value()).as(stranger).isEqualTo(404);
            assertThat(upload(stranger, review.getId(), "a.png", png(100), null).getStatusCode().value()).isEqualTo(404);
        }
    }

    @Test
    void theEvidenceTasksPage_listsTheCallersOpenTasksWithTheirEnterprise() {
        upload("evbc", review.getId(), "a.pdf", pdf(300), null);

        ResponseEntity<List> forAgency = tasks("evbc");
        ResponseEntity<List> forOtherAgency = tasks("evwd");

        assertThat(forAgency.getStatusCode().value()).isEqualTo(200);
        Map<?, ?> mine = ((List<Map<?, ?>>) forAgency.getBody()).stream()
                .filter(task -> review.getId().equals(task.get("taskId"))).findFirst().orElseThrow();
        assertThat(mine.get("enterpriseName")).isEqualTo("滨州佐证化工有限公司");
        assertThat(mine.get("agencyName")).isEqualTo("滨城区");
        assertThat(mine.get("batchCode")).isEqualTo(BATCH);
        assertThat(mine.get("taskKey")).isEqualTo(EnterpriseProcess.COUNTY_REVIEW);
        assertThat(mine.get("files")).isEqualTo(1);
        assertThat((List<Map<?, ?>>) forOtherAgency.getBody()).noneMatch(task -> review.getId().equals(task.get("taskId")));
    }

    @Test
    void onlyRealJpegPngAndPdfFilesUpTo10Megabytes_areAccepted() {
        long before = count();

        assertThat(refusal(upload("evbc", review.getId(), "setup.exe", png(100), null))).contains("只接受 jpg、jpeg、png 图片和 pdf 文件");
        assertThat(refusal(upload("evbc", review.getId(), "photo.png", "<html>not a png</html>".getBytes(StandardCharsets.UTF_8), null)))
                .contains("文件内容与扩展名不符");
        assertThat(refusal(upload("evbc", review.getId(), "scan.jpg", pdf(200), null))).contains("不是有效的 JPG 文件");
        assertThat(refusal(upload("evbc", review.getId(), "scan.pdf", png(200), null))).contains("不是有效的 PDF 文件");
        assertThat(refusal(upload("evbc", review.getId(), "empty.png", new byte[0], null))).contains("文件为空");
        assertThat(refusal(upload("evbc", review.getId(), "big.png", png(10 * 1024 * 1024 + 1), null))).contains("文件超过10MB上限");
        assertThat(refusal(upload("evbc", review.getId(), "a.png", png(100), "项".repeat(101)))).contains("超过100个字");
        assertThat(count()).as("nothing stored").isEqualTo(before);

        assertThat(upload("evbc", review.getId(), "photo.JPEG", jpeg(10 * 1024 * 1024), null).getStatusCode().value())
                .as("exactly 10 MB, upper-case extension").isEqualTo(200);
        assertThat(upload("evbc", review.getId(), "scan.pdf", pdf(300), null).getStatusCode().value()).isEqualTo(200);
        assertThat(count()).isEqualTo(before + 2);
    }

    @Test
    void aTaskThatTakesNoEvidence_refusesUploads() {
        Map<String, Object> approve = new HashMap<>();
        EnterpriseProcess.Var.COUNTY_DECISION.put(approve, "APPROVE");
        campaign.complete("evbc", review, approve);
        Task approval = campaign.task(review.getProcessInstanceId(), EnterpriseProcess.CITY_APPROVAL);

        assertThat(refusal(upload("evcity", approval.getId(), "a.png", png(100), null))).contains("不需要上传佐证材料");
        assertThat(upload("evcity", "no-such-task", "a.png", png(100), null).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void atMost50FilesPerEnterprise() {
        for (int i = 0; i < 50; i++) {
            assertThat(upload("evbc", review.getId(), i + ".png", png(64), null).getStatusCode().value()).isEqualTo(200);
        }

        assertThat(refusal(upload("evbc", review.getId(), "51.png", png(64), null))).contains("最多上传50个");
        assertThat(list("evbc", review.getId()).getBody()).hasSize(50);
    }

    @Test
    void aFileChangedInTheStore_isNotServed_andTheMismatchIsLogged(CapturedOutput output) throws IOException {
        byte[] photo = png(2000);
        String id = upload("evbc", review.getId(), "a.png", photo, null).getBody().get("id").toString();
        Path file = stored().stream().filter(stored -> java.util.Arrays.equals(read(stored), photo)).findFirst().orElseThrow();
        byte[] tampered = Files.readAllBytes(file);
        tampered[100] ^= 1;
        Files.write(file, tampered);

        ResponseEntity<byte[]> download = get("evcity", "/api/evidence/" + id);

        assertThat(download.getStatusCode().value()).isEqualTo(500);
        assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).doesNotContain("PNG");
        assertThat(output.getAll()).contains("Evidence file " + id).contains("fails its checksum");
    }

    @Test
    void inABrowser_theCandidateFindsTheTaskFromTasklistsHeader_uploadsAPhotoOnThePage_andSeesItListed() throws Exception {
        Path photo = Files.createTempFile("现场照片-", ".png");
        Files.write(photo, png(3000));
        try (Browser browser = Browser.open(port)) {
            try {
                browser.login("tasklist", "evbc", Users.PASSWORD);
                browser.click(By.linkText("佐证材料"));
                browser.awaitText(By.id("task-table"), "滨州佐证化工有限公司");
                browser.click(By.xpath("//tr[td[contains(., '滨州佐证化工有限公司')]][last()]//button"));
                browser.await(By.id("item")).sendKeys("全员安全承诺书");
                browser.driver().findElement(By.id("file")).sendKeys(photo.toString());
                browser.click(By.id("upload-button"));
                browser.awaitText(By.id("upload-message"), "已上传：" + photo.getFileName());
                browser.awaitText(By.id("file-table"), "全员安全承诺书");
            } catch (RuntimeException | AssertionError e) {
                browser.keepEvidence("evidence-page");
                throw e;
            }
        } finally {
            Files.deleteIfExists(photo);
        }
        assertThat(list("evbc", review.getId()).getBody()).extracting(file -> ((Map<?, ?>) file).get("item"))
                .contains("全员安全承诺书");
    }

    // ---- helpers

    private ProcessInstance nominate(String name) {
        return campaign.nominate("evbc", Campaign.nominationForm(BATCH, CreditCodes.valid(serial++), name, "滨城区"));
    }

    private Nomination nominationOf(ProcessInstance instance) {
        return nominations.find(BATCH, instance.getBusinessKey().substring(BATCH.length() + 1)).orElseThrow().nomination();
    }

    private long count() {
        return list("evbc", review.getId()).getBody().size();
    }

    private ResponseEntity<Map> upload(String user, String taskId, String fileName, byte[] content, String item) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        if (item != null) {
            parts.add("item", item);
        }
        return client(user).post().uri("/api/tasks/{task}/evidence", taskId).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .body(response.bodyTo(Map.class)));
    }

    private ResponseEntity<List> list(String user, String taskId) {
        return client(user).get().uri("/api/tasks/{task}/evidence", taskId).exchange((request, response) ->
                ResponseEntity.status(response.getStatusCode()).body(response.getStatusCode().is2xxSuccessful()
                        ? response.bodyTo(List.class) : List.of()));
    }

    private ResponseEntity<List> tasks(String user) {
        return client(user).get().uri("/api/evidence/tasks").exchange((request, response) ->
                ResponseEntity.status(response.getStatusCode()).body(response.bodyTo(List.class)));
    }

    private ResponseEntity<byte[]> get(String user, String path) {
        return client(user).get().uri(path).exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders()).body(response.bodyTo(byte[].class)));
    }

    private RestClient client(String user) {
        return RestClient.builder().baseUrl("http://localhost:" + port).defaultHeaders(headers -> {
            headers.setBasicAuth(user, Users.PASSWORD);
            headers.set("X-Requested-With", "nine-ones-test");
        }).build();
    }

    private static String refusal(ResponseEntity<Map> answer) {
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(400);
        return answer.getBody().get("message").toString();
    }

    private static byte[] png(int size) {
        return withSignature(PNG, size);
    }

    private static byte[] jpeg(int size) {
        return withSignature(JPEG, size);
    }

    private static byte[] pdf(int size) {
        return withSignature(PDF, size);
    }

    private static byte[] withSignature(byte[] signature, int size) {
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = (byte) ('a' + i % 26);
        }
        System.arraycopy(signature, 0, content, 0, Math.min(signature.length, size));
        return content;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static List<Path> stored() {
        try (Stream<Path> files = Files.list(STORE)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryStore() {
        try {
            return Files.createTempDirectory("nine-ones-evidence-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
