package cn.gov.binzhou.nineones.system;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The official calendar as the bureau maintains it: {@code GET /api/calendar} (covered years),
 * {@code GET /api/calendar/{year}} (its days) and {@code POST /api/calendar} (a yearly notice as CSV
 * {@code date,kind,occasion}, administrators only).
 */
@RestController
class CalendarController {

    private final OfficialCalendar calendar;

    CalendarController(OfficialCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/api/calendar")
    Map<String, Object> years() {
        return Map.of("coveredYears", calendar.coveredYears(), "missingYearsSeen", calendar.missingYearsSeen());
    }

    @GetMapping("/api/calendar/{year}")
    Object days(@PathVariable int year) {
        return calendar.days(year);
    }

    @PostMapping(path = "/api/calendar", consumes = {"text/csv", "text/plain"})
    Map<String, Object> importNotice(@RequestBody byte[] csv, @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
        if (!user.groups().contains(Groups.ADMIN)) {
            throw new ForbiddenException("只有系统管理员可以导入节假日安排");
        }
        int changed = calendar.importCsv(new String(csv, StandardCharsets.UTF_8));
        return Map.of("changed", changed, "coveredYears", calendar.coveredYears());
    }
}
