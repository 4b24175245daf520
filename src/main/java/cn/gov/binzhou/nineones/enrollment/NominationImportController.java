package cn.gov.binzhou.nineones.enrollment;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.binzhou.nineones.system.ApiUser;
import cn.gov.binzhou.nineones.system.ForbiddenException;
import cn.gov.binzhou.nineones.system.RefusedException;

/** {@code POST /api/batches/{batchCode}/nominations/import}: bulk import for agency users and the city bureau. */
@RestController
class NominationImportController {

    private final NominationImport nominationImport;
    private final long maxBytes;

    NominationImportController(NominationImport nominationImport,
            @Value("${nineones.import.max-bytes:5242880}") long maxBytes) {
        this.nominationImport = nominationImport;
        this.maxBytes = maxBytes;
    }

    @PostMapping("/api/batches/{batchCode}/nominations/import")
    ImportReport importNominations(@PathVariable String batchCode, @RequestParam("file") MultipartFile file,
            @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) throws IOException {
        if (!user.actsForAllAgencies() && user.ownAgencyId().isEmpty()) {
            throw new ForbiddenException("只有县市区应急管理部门和市局科室可以导入提报名单");
        }
        checkSize(file);
        return nominationImport.importSheet(batchCode, file.getOriginalFilename(), file.getBytes(), user);
    }

    /** {@code POST /api/batches/{batchCode}/list/import}: the city imports a batch's fixed list. */
    @PostMapping("/api/batches/{batchCode}/list/import")
    ImportReport importFixedList(@PathVariable String batchCode, @RequestParam("file") MultipartFile file,
            @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) throws IOException {
        checkSize(file);
        return nominationImport.importFixedList(batchCode, file.getOriginalFilename(), file.getBytes(), user);
    }

    private void checkSize(MultipartFile file) {
        if (file.isEmpty()) {
            throw new RefusedException("文件为空");
        }
        if (file.getSize() > maxBytes) {
            throw new RefusedException("文件超过" + (maxBytes / 1024 / 1024) + "MB上限，请拆分后分批导入");
        }
    }
}
