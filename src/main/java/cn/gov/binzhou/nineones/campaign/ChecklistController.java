package cn.gov.binzhou.nineones.campaign;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.binzhou.nineones.system.ApiUser;
import cn.gov.binzhou.nineones.system.ForbiddenException;

/**
 * {@code GET /api/checklist} and {@code PUT /api/checklist}: the 九个一 checklist that self-assessments,
 * county acceptances and spot-checks offer, which the city bureau and administrators change without code.
 */
@RestController
class ChecklistController {

    private final Checklist checklist;

    ChecklistController(Checklist checklist) {
        this.checklist = checklist;
    }

    @GetMapping("/api/checklist")
    List<String> items() {
        return checklist.items();
    }

    @PutMapping("/api/checklist")
    List<String> replace(@RequestBody List<String> titles, @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
        if (!user.actsForAllAgencies()) {
            throw new ForbiddenException("只有市局科室和管理员可以修改“九个一”条目");
        }
        return checklist.replace(titles);
    }
}
