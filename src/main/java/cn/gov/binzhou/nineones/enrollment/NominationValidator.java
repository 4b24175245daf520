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
    /** Field lengths as our tables hold them; a longer value is refused naming the field and its limit. */
    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 300;
    static final int MAX_PERSON = 64;
    static final int MAX_EMAIL = 128;
    static final int MAX_PHONE = 32;

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
        String name = limited(required(raw.enterpriseName(), "企业名称", problems), "企业名称", MAX_NAME, problems);
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
        String principal = limited(required(raw.principal(), "主要负责人", problems), "主要负责人", MAX_PERSON, problems);
        String address = limited(trimToNull(raw.address()), "企业地址", MAX_ADDRESS, problems);
        String safetyContact = limited(trimToNull(raw.safetyContact()), "安全联系人", MAX_PERSON, problems);
        String principalPhone = phone(raw.principalPhone(), "主要负责人电话", true, problems);
        String contactPhone = phone(raw.contactPhone(), "联系人电话", false, problems);
        String email = email(raw.contactEmail(), problems);
        Integer employees = employees(raw.employees(), problems);
        Boolean pilot = yesNo(raw.firstBatchPilot(), problems);
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new EnterpriseData(new CreditCode(code), name, agency.get().id(), industry.get(),
                address, principal, principalPhone, safetyContact, contactPhone,
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

    private static String limited(String text, String label, int max, List<String> problems) {
        if (text != null && text.length() > max) {
            problems.add(label + "不能超过" + max + "个字（实际" + text.length() + "个字）");
            return null;
        }
        return text;
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
        if (text.strip().length() > MAX_PHONE) {
            problems.add(label + "不能超过" + MAX_PHONE + "个字符（实际" + text.strip().length() + "个）");
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
        if (email.length() > MAX_EMAIL) {
            problems.add("联系人邮箱不能超过" + MAX_EMAIL + "个字符（实际" + email.length() + "个）");
            return null;
        }
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
