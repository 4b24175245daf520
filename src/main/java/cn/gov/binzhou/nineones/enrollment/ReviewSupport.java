package cn.gov.binzhou.nineones.enrollment;

import org.camunda.bpm.engine.delegate.DelegateTask;

import cn.gov.binzhou.nineones.system.CurrentUser;

/** Small helpers shared by the review steps' listeners. */
final class ReviewSupport {

    private ReviewSupport() {
    }

    static long nominationId(DelegateTask task) {
        Object id = task.getVariable(EnterpriseProcess.Var.NOMINATION_ID);
        if (!(id instanceof Number number)) {
            throw new IllegalStateException("流程缺少提报编号 nominationId");
        }
        return number.longValue();
    }

    /** The person completing the task: the authenticated user, else the assignee. */
    static String actor(DelegateTask task) {
        String user = CurrentUser.id();
        return user != null ? user : task.getAssignee();
    }

    /** The submitted value: the process-level variable the form or API set, not the task's display copy. */
    static String submitted(DelegateTask task, String name) {
        return FormValues.text(task.getExecution(), name);
    }

    /** Forms submit their read-only display fields too; they are not process data and leave again. */
    static void dropDisplayEcho(DelegateTask task) {
        task.getExecution().removeVariables(FormValues.ENTERPRISE_FIELDS);
        task.getExecution().removeVariable(ShowNomination.REVIEW_HISTORY);
    }

    static <E extends Enum<E>> E decision(DelegateTask task, String variable, Class<E> type, String label) {
        String value = submitted(task, variable);
        if (value == null) {
            throw new NominationRefusedException("请选择" + label);
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new NominationRefusedException(label + "“" + value + "”无效");
        }
    }

    static String comment(DelegateTask task, boolean required) {
        String comment = submitted(task, EnterpriseProcess.Var.COMMENT);
        if (required && comment == null) {
            throw new NominationRefusedException("退回或驳回时必须填写意见");
        }
        if (comment != null && comment.length() > 2000) {
            throw new NominationRefusedException("意见不能超过2000字");
        }
        return comment;
    }
}
