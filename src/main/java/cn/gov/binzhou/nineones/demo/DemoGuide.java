package cn.gov.binzhou.nineones.demo;

import java.util.List;

import org.slf4j.Logger;

/** What each demo user finds in the sample campaign: said in the start-up log (and in the README). */
final class DemoGuide {

    private DemoGuide() {
    }

    static List<String> lines(DemoCalendar calendar) {
        String previous = calendar.previousCode();
        String current = calendar.currentCode();
        String next = calendar.nextCode();
        return List.of(
                "Sample campaign / 演示数据: " + previous + " 第一批（已结束）, " + current + " 第二批（推进中）, " + next
                        + " 第三批（提报中）; every password is '" + DemoUsers.PASSWORD + "'",
                "  shiju1, shiju2 (市局科室): Tasklist 市级审定 of " + next + "; /nine-ones/index.html 附件1、附件2 of every batch",
                "  lingdao1 (局领导): Cockpit, the batches' processes; reports on /nine-ones/index.html",
                "  chouchazu1..3 (抽查组): Tasklist 市级抽查 of " + current + " (October checks not yet recorded, overdue)",
                "  bincheng1, bincheng2, zhanhua1 … gaoxin1 (县市区): Tasklist 县级审核 and 修改提报 of " + next
                        + " (some overdue, some due soon), 县级自行验收 and 企业自评 of " + current + " (due soon)",
                "  qiye1 (企业): Tasklist 企业自评 of " + current + " (returned by its agency's acceptance, due soon)",
                "  binchengld (滨城区分管领导): escalation mails; demo (管理员): the demo mailbox /nine-ones/demo-mail.html, "
                        + "notifications /nine-ones/notifications.html");
    }

    static void log(Logger log, DemoCalendar calendar) {
        lines(calendar).forEach(log::info);
    }
}
