package cn.gov.binzhou.nineones.enrollment;

import org.camunda.bpm.engine.delegate.DelegateTask;

import cn.gov.binzhou.nineones.system.CurrentUser;
import cn.gov.binzhou.nineones.system.ProcessVariable;
import cn.gov.binzhou.nineones.system.RefusedException;

/** Small helpers shared by the review steps' listeners. */
final class ReviewSupport {

    static final int MAX_COMMENT = 2000;

    private ReviewSupport() {
    }

    /** The person completing the task: the authenticated user, else the assignee. */
    static String actor(DelegateTask task) {
        String user = CurrentUser.id();
        return user != null ? user : task.getAssignee();
    }

    static <E extends Enum<E>> E decision(DelegateTask task, ProcessVariable<String> variable, Class<E> type, String label) {
        String value = FormValues.text(task.getExecution(), variable.name());
        if (value == null) {
            throw new RefusedException("请选择" + label);
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new RefusedException(label + "“" + value + "”无效");
        }
    }

    /** The submitted comment, which then leaves the process: it is kept with the decision in our tables. */
    static String comment(DelegateTask task, boolean required) {
        String comment = FormValues.text(task.getExecution(), EnterpriseProcess.Var.COMMENT.name());
        if (required && comment == null) {
            throw new RefusedException("退回或驳回时必须填写意见");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new RefusedException("意见不能超过" + MAX_COMMENT + "字（实际" + comment.length() + "字）");
        }
        EnterpriseProcess.Var.COMMENT.remove(task.getExecution());
        return comment;
    }
}
