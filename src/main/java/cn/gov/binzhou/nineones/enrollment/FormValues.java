package cn.gov.binzhou.nineones.enrollment;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Field;
import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Var;

import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the enterprise fields of the nomination forms from a variable scope, as text. */
final class FormValues {

    /** The start form's fields; they leave the nomination process once stored. */
    static final List<String> FORM_FIELDS = List.of(NominationProcess.BATCH_CODE, Var.ENTERPRISE_NAME.name(),
            Var.CREDIT_CODE.name(), Field.AGENCY, Field.INDUSTRY, Field.ADDRESS, Field.PRINCIPAL, Field.PRINCIPAL_PHONE,
            Field.SAFETY_CONTACT, Field.CONTACT_PHONE, Field.CONTACT_EMAIL, Field.EMPLOYEES, Field.FIRST_BATCH_PILOT);

    private FormValues() {
    }

    static RawNomination raw(VariableScope scope) {
        return raw(name -> text(scope.getVariable(name)));
    }

    static RawNomination raw(Function<String, String> value) {
        return new RawNomination(value.apply(Field.AGENCY), value.apply(Var.ENTERPRISE_NAME.name()),
                value.apply(Var.CREDIT_CODE.name()), value.apply(Field.INDUSTRY), value.apply(Field.ADDRESS),
                value.apply(Field.PRINCIPAL), value.apply(Field.PRINCIPAL_PHONE), value.apply(Field.SAFETY_CONTACT),
                value.apply(Field.CONTACT_PHONE), value.apply(Field.CONTACT_EMAIL), value.apply(Field.EMPLOYEES),
                value.apply(Field.FIRST_BATCH_PILOT));
    }

    static String text(VariableScope scope, String name) {
        return text(scope.getVariable(name));
    }

    /** A form value as text: 是/否 for a checkbox, whole numbers without decimals, blank as {@code null}. */
    static String text(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? "是" : "否";
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return String.valueOf(number.longValue());
        }
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
