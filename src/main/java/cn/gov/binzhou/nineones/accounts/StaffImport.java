package cn.gov.binzhou.nineones.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.binzhou.nineones.accounts.StaffImportReport.Outcome;
import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.system.ApiUser;
import cn.gov.binzhou.nineones.system.Groups;
import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * Adds agency and city-bureau staff in bulk from a sheet (姓名, 登录名, 邮箱, 单位): each valid line becomes
 * a Camunda user in its unit's group, mailed a first password once the import has committed. A login
 * name that exists is left alone; every line is reported.
 */
@Component
class StaffImport {

    static final String NAME = "姓名";
    static final String LOGIN = "登录名";
    static final String EMAIL = "邮箱";
    static final String UNIT = "单位";
    static final List<String> HEADERS = List.of(NAME, LOGIN, EMAIL, UNIT);
    static final List<String> CITY_BUREAU_NAMES = List.of("市应急管理局", "市局", "滨州市应急管理局");
    private static final String CITY_BUREAU_UNIT = "滨州市应急管理局";

    private static final Pattern LOGIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    /** Enterprise accounts are {@code e} and a credit code; staff may not take such a name. */
    private static final Pattern ENTERPRISE_ID = Pattern.compile("[eE][0-9A-Za-z]{18}");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private final Agencies agencies;
    private final Accounts accounts;
    private final FirstPasswordMails mails;

    StaffImport(Agencies agencies, Accounts accounts, FirstPasswordMails mails) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.mails = mails;
    }

    /** A unit as a sheet names it: the group its staff join and the name their mail gives. */
    private record Unit(String groupId, String name) {
    }

    @Transactional
    public StaffImportReport importSheet(String fileName, byte[] content, ApiUser importer) {
        List<StaffSheet.Line> sheet = StaffSheet.read(fileName, content);
        int header = headerIndex(sheet);
        Map<String, Integer> columns = columns(sheet.get(header));
        if (sheet.size() - header - 1 > StaffSheet.MAX_LINES) {
            throw new RefusedException("一次最多导入" + StaffSheet.MAX_LINES + "人，请拆分后分批导入");
        }
        List<StaffImportReport.Line> report = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (StaffSheet.Line line : sheet.subList(header + 1, sheet.size())) {
            report.add(importLine(line, columns, seen, importer));
        }
        return StaffImportReport.of(report);
    }

    private static int headerIndex(List<StaffSheet.Line> sheet) {
        for (int i = 0; i < Math.min(sheet.size(), StaffSheet.MAX_TITLE_LINES + 1); i++) {
            if (sheet.get(i).cells().stream().map(String::strip).toList().containsAll(HEADERS)) {
                return i;
            }
        }
        if (sheet.isEmpty()) {
            throw new RefusedException("文件为空");
        }
        throw new RefusedException("找不到表头：第一行（或标题行下）应为 " + String.join("、", HEADERS));
    }

    private static Map<String, Integer> columns(StaffSheet.Line header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            columns.putIfAbsent(header.cell(i), i);
        }
        return columns;
    }

    private StaffImportReport.Line importLine(StaffSheet.Line line, Map<String, Integer> columns,
            Map<String, Integer> seen, ApiUser importer) {
        String name = line.cell(columns.get(NAME));
        String login = line.cell(columns.get(LOGIN));
        String email = line.cell(columns.get(EMAIL));
        String unitName = line.cell(columns.get(UNIT));
        if (line.blank()) {
            return new StaffImportReport.Line(line.number(), Outcome.SKIPPED, null, null, null, "空行");
        }
        Optional<Unit> unit = unit(unitName);
        List<String> problems = problems(name, login, email, unitName, unit);
        Integer earlier = seen.putIfAbsent(login, line.number());
        if (problems.isEmpty() && earlier != null) {
            problems.add("登录名与第" + earlier + "行重复");
        }
        if (!problems.isEmpty()) {
            return new StaffImportReport.Line(line.number(), Outcome.REJECTED, login, name, unitName,
                    String.join("；", problems));
        }
        if (accounts.exists(login)) {
            return new StaffImportReport.Line(line.number(), Outcome.SKIPPED, login, name, unitName,
                    "登录名已存在，未做更改");
        }
        accounts.create(login, name, unit.get().name(), email, unit.get().groupId());
        mails.owe(login, AccountMail.STAFF, email, name, unit.get().name(), importer.id());
        return new StaffImportReport.Line(line.number(), Outcome.IMPORTED, login, name, unit.get().name(),
                "已创建账号（" + unit.get().groupId() + "），初始密码将发送至 " + email);
    }

    private static List<String> problems(String name, String login, String email, String unitName, Optional<Unit> unit) {
        List<String> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add("姓名不能为空");
        } else if (name.length() > 64) {
            problems.add("姓名超过64个字");
        }
        if (login.isEmpty()) {
            problems.add("登录名不能为空");
        } else if (!LOGIN_NAME.matcher(login).matches()) {
            problems.add("登录名“" + login + "”无效：2至64位，只能包含字母、数字、点、下划线和短横线，以字母或数字开头");
        } else if (ENTERPRISE_ID.matcher(login).matches()) {
            problems.add("登录名“" + login + "”与企业账号的命名方式（e+统一社会信用代码）冲突，请换一个");
        }
        if (email.isEmpty()) {
            problems.add("邮箱不能为空（初始密码通过邮件发送）");
        } else if (email.length() > 128 || !EMAIL_ADDRESS.matcher(email).matches()) {
            problems.add("邮箱“" + email + "”格式不正确");
        }
        if (unitName.isEmpty()) {
            problems.add("单位不能为空");
        } else if (unit.isEmpty()) {
            problems.add("单位“" + unitName + "”无法识别（应为县市区名称，或“市应急管理局”“市局”）");
        }
        return problems;
    }

    private Optional<Unit> unit(String written) {
        String compact = written.replace(" ", "").replace("\u3000", "");
        if (CITY_BUREAU_NAMES.contains(compact)) {
            return Optional.of(new Unit(Groups.CITY_BUREAU, CITY_BUREAU_UNIT));
        }
        return agencies.match(written).map((Agency agency) -> new Unit(agency.groupId(), agency.authority()));
    }
}
