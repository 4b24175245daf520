package cn.gov.binzhou.nineones.reminder;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.binzhou.nineones.system.ApiUser;
import cn.gov.binzhou.nineones.system.ForbiddenException;
import cn.gov.binzhou.nineones.system.Groups;
import cn.gov.binzhou.nineones.system.OfficialCalendar;

/** {@code GET /api/notifications}: the recent notification log, for administrators and the city bureau. */
@RestController
class NotificationController {

    private final NotificationLog log;
    private final OfficialCalendar calendar;

    NotificationController(NotificationLog log, OfficialCalendar calendar) {
        this.log = log;
        this.calendar = calendar;
    }

    @GetMapping("/api/notifications")
    Map<String, Object> recent(@RequestParam(defaultValue = "200") int limit,
            @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
        if (!user.groups().contains(Groups.ADMIN) && !user.groups().contains(Groups.CITY_BUREAU)) {
            throw new ForbiddenException("只有系统管理员和市局科室可以查看通知记录");
        }
        List<Notification> recent = log.recent(Math.min(Math.max(limit, 1), 1000));
        return Map.of("notifications", recent, "calendarYears", calendar.coveredYears(),
                "calendarMissingYears", calendar.missingYearsSeen());
    }
}
