package cn.gov.binzhou.nineones.enrollment;

import java.util.List;

/** The headers of the nomination sheet (DESIGN §5). */
public final class ImportTemplate {

    public static final String SERIAL = "序号";
    public static final String AGENCY = "县市区";
    public static final String NAME = "企业名称";
    public static final String CREDIT_CODE = "统一社会信用代码";
    public static final String INDUSTRY = "行业类别";
    public static final String ADDRESS = "企业地址";
    public static final String PRINCIPAL = "主要负责人";
    public static final String PRINCIPAL_PHONE = "主要负责人电话";
    public static final String SAFETY_CONTACT = "安全联系人";
    public static final String CONTACT_PHONE = "联系人电话";
    public static final String CONTACT_EMAIL = "联系人邮箱";
    public static final String EMPLOYEES = "从业人数";
    public static final String FIRST_BATCH_PILOT = "是否第一批试点";

    public static final List<String> HEADERS = List.of(SERIAL, AGENCY, NAME, CREDIT_CODE, INDUSTRY, ADDRESS, PRINCIPAL,
            PRINCIPAL_PHONE, SAFETY_CONTACT, CONTACT_PHONE, CONTACT_EMAIL, EMPLOYEES, FIRST_BATCH_PILOT);
    public static final List<String> REQUIRED = List.of(AGENCY, NAME, CREDIT_CODE, INDUSTRY, PRINCIPAL, PRINCIPAL_PHONE);

    private ImportTemplate() {
    }
}
