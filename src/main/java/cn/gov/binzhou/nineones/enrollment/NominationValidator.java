package cn.gov.binzhou.nineones.enrollment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;

/** Checks a raw nomination field by field; every problem is reported in Chinese, none is guessed away. */
@Component
public class NominationValidator {

    static final Pattern PHONE = Pattern.compile("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?|\\d{7,8})$");
    static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");
    private static final int MAX_NAME = 200;

    /** The outcome: either the data or the list of problems. */
    public record Result(EnterpriseData data, List<String> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }

        public String message() {
            return String.join("；", problems);
        }
    }

    private final Agencies agencies;

    NominationValidator(Agencies agencies) {
        this.agencies = agencies;
    }

    public Result validate(RawNomination raw) {
        List<String> problems = new ArrayList<>();
        Optional<Agency> agency = agency(raw.agency(), problems);
        String name = required(raw.enterpriseName(), "企业名称", problems);
        if (name != null && name.length() > MAX_NAME) {
            problems.add("企业名称不能超过" + MAX_NAME + "个字");
        }
        String code = CreditCode.normalize(raw.creditCode());
        String codeProblem = CreditCode.problemOf(code);
        if (codeProblem != null) {
            problems.add(codeProblem);
        }
        Optional<Industry> industry = Industry.parse(raw.industry());
        if (industry.isEmpty()) {
            problems.add(isBlank(raw.industry()) ? "行业类别不能为空"
                    : "行业类别“" + raw.industry().strip() + "”不在可选范围内（" + Industry.labels() + "）");
        }
        String principal = required(raw.principal(), "主要负责人", problems);
        String principalPhone = phone(raw.principalPhone(), "主要负责人电话", true, problems);
        String contactPhone = phone(raw.contactPhone(), "联系人电话", false, problems);
        String email = email(raw.contactEmail(), problems);
        Integer employees = employees(raw.employees(), problems);
        Boolean pilot = yesNo(raw.firstBatchPilot(), problems);
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new EnterpriseData(new CreditCode(code), name, agency.get().id(), industry.get(),
                trimToNull(raw.address()), principal, principalPhone, trimToNull(raw.safetyContact()), contactPhone,
                email, employees, pilot), List.of());
    }

    private Optional<Agency> agency(String text, List<String> problems) {
        if (isBlank(text)) {
            problems.add("县市区不能为空");
            return Optional.empty();
        }
        Optional<Agency> agency = agencies.byId(text.strip()).or(() -> agencies.match(text));
        if (agency.isEmpty()) {
            problems.add("县市区“" + text.strip() + "”不是本市的县市区或开发区");
        }
        return agency;
    }

    private static String required(String text, String label, List<String> problems) {
        if (isBlank(text)) {
            problems.add(label + "不能为空");
            return null;
        }
        return text.strip();
    }

    private static String phone(String text, String label, boolean required, List<String> problems) {
        if (isBlank(text)) {
            if (required) {
                problems.add(label + "不能为空");
            }
            return null;
        }
        String phone = CreditCode.normalize(text).replace("－", "-");
        if (!PHONE.matcher(phone).matches()) {
            problems.add(label + "“" + text.strip() + "”格式不正确（手机号11位，或座机如0543-3656013）");
            return null;
        }
        return phone;
    }

    private static String email(String text, List<String> problems) {
        if (isBlank(text)) {
            return null;
        }
        String email = text.strip();
        if (!EMAIL.matcher(email).matches()) {
            problems.add("联系人邮箱“" + email + "”格式不正确");
            return null;
        }
        return email;
    }

    private static Integer employees(String text, List<String> problems) {
        if (isBlank(text)) {
            return null;
        }
        String digits = CreditCode.normalize(text);
        if (digits.endsWith(".0")) {
            digits = digits.substring(0, digits.length() - 2);
        }
        try {
            int value = Integer.parseInt(digits);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add("从业人数“" + text.strip() + "”应为不小于0的整数");
        return null;
    }

    private static Boolean yesNo(String text, List<String> problems) {
        if (isBlank(text)) {
            return false;
        }
        return switch (text.strip().toLowerCase()) {
            case "是", "y", "yes", "true", "1" -> true;
            case "否", "n", "no", "false", "0" -> false;
            default -> {
                problems.add("是否第一批试点应填“是”或“否”，实际为“" + text.strip() + "”");
                yield false;
            }
        };
    }

    static boolean isBlank(String text) {
        return text == null || text.replace("\u3000", " ").isBlank();
    }

    private static String trimToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
