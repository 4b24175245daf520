package cn.gov.binzhou.nineones.system;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Reads what a task's form shows, read-only, from our tables. A user task names its source in the model
 * with the extension property {@value FormDisplays#PROPERTY}, e.g. {@code ${showNomination}}. It only
 * reads: it runs whenever the form is opened or submitted.
 * <p>
 * Process versions deployed before the property existed name their source as the task's create listener
 * (they stored the values with the task). Such a task still gets its values when its form is opened, and
 * the listener itself does nothing unless a source says otherwise.
 */
public interface FormDisplaySource extends TaskListener {

    FormDisplay display(DelegateTask task);

    @Override
    default void notify(DelegateTask task) {
        // the form reads the values when it is opened
    }
}
