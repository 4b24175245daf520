package cn.gov.binzhou.nineones.accounts;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.binzhou.nineones.system.ApiUser;
import cn.gov.binzhou.nineones.system.ForbiddenException;
import cn.gov.binzhou.nineones.system.RefusedException;

/** {@code POST /api/staff/import}: agency and city-bureau staff accounts from a sheet, for administrators and the city bureau. */
@RestController
class StaffImportController {

    private final StaffImport staffImport;
    private final long maxBytes;

    StaffImportController(StaffImport staffImport, @Value("${nineones.accounts.staff-import-max-bytes:1048576}") long maxBytes) {
        this.staffImport = staffImport;
        this.maxBytes = maxBytes;
    }

    @PostMapping("/api/staff/import")
    StaffImportReport importStaff(@RequestParam("file") MultipartFile file,
            @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) throws IOException {
        if (!user.actsForAllAgencies()) {
            throw new ForbiddenException("只有系统管理员和市局科室可以批量导入工作人员账号");
        }
        if (file.isEmpty()) {
            throw new RefusedException("文件为空");
        }
        if (file.getSize() > maxBytes) {
            throw new RefusedException("文件超过" + (maxBytes / 1024) + "KB上限，请拆分后分批导入");
        }
        return staffImport.importSheet(file.getOriginalFilename(), file.getBytes(), user);
    }
}
