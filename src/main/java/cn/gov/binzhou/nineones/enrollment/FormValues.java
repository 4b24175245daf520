package cn.gov.binzhou.nineones.enrollment;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Field;
import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Var;

import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the enterprise fields of the nomination forms from a variable scope. */
final class FormValues {

    /** The form fields that hold enterprise data; they leave the process once stored. */
    static final List<String> ENTERPRISE_FIELDS = List.of(Field.AGENCY, Field.INDUSTRY, Field.ADDRESS, Field.PRINCIPAL,
            Field.PRINCIPAL_PHONE, Field.SAFETY_CONTACT, Field.CONTACT_PHONE, Field.CONTACT_EMAIL, Field.EMPLOYEES,
            Field.FIRST_BATCH_PILOT);

    private FormValues() {
    }

    static RawNomination raw(VariableScope scope) {
        return raw(name -> text(scope, name));
    }

    static RawNomination raw(Function<String, String> value) {
        return new RawNomination(value.apply(Field.AGENCY), value.apply(Var.ENTERPRISE_NAME),
                value.apply(Var.CREDIT_CODE), value.apply(Field.INDUSTRY), value.apply(Field.ADDRESS),
                value.apply(Field.PRINCIPAL), value.apply(Field.PRINCIPAL_PHONE), value.apply(Field.SAFETY_CONTACT),
                value.apply(Field.CONTACT_PHONE), value.apply(Field.CONTACT_EMAIL), value.apply(Field.EMPLOYEES),
                value.apply(Field.FIRST_BATCH_PILOT));
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Boolean flag) {
            return flag ? "是" : "否";
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return String.valueOf(number.longValue());
        }
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
