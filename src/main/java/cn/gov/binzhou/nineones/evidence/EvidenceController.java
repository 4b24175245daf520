package cn.gov.binzhou.nineones.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.binzhou.nineones.evidence.EvidenceViews.FileView;
import cn.gov.binzhou.nineones.evidence.EvidenceViews.TaskView;
import cn.gov.binzhou.nineones.system.ApiUser;

/** Evidence files of self-assessments and checks: upload and list by task, download by id. */
@RestController
class EvidenceController {

    private final EvidenceService evidence;
    private final FileStore store;

    EvidenceController(EvidenceService evidence, FileStore store) {
        this.evidence = evidence;
        this.store = store;
    }

    @PostMapping("/api/tasks/{taskId}/evidence")
    FileView upload(@PathVariable String taskId, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "item", required = false) String item, @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
        return evidence.upload(user, taskId, item, file);
    }

    @GetMapping("/api/tasks/{taskId}/evidence")
    List<FileView> list(@PathVariable String taskId, @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
        return evidence.list(user, taskId);
    }

    @GetMapping("/api/evidence/tasks")
    List<TaskView> tasks(@RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
        return evidence.openTasks(user);
    }

    @GetMapping("/api/evidence/{id}")
    void download(@PathVariable String id, @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user, HttpServletResponse response)
            throws IOException {
        EvidenceFile file = evidence.readable(user, id);
        response.setCharacterEncoding((String) null); // a binary file has no charset (the server forces UTF-8 on text)
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.originalName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        store.copy(file.storedName(), response.getOutputStream());
    }
}
