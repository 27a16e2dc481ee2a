package pl.wspolnie.process;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal data a form put into a process variable is taken out of the engine's history too, not only out of the
 * running instance: with history level "full" a removed variable stays readable as a historic variable instance and
 * its updates (history/variable-instance, history/detail) by everyone who may read the instance's history — for
 * the intake, the sector team. The data itself lives in our tables, visible to the coordination team only.
 *
 * <p>The engine writes the historic rows when the command commits, so they are deleted right after that commit,
 * in a transaction of their own and without the caller's authorizations (the sector team may not delete history;
 * the system forgets on its behalf). Should that fail, the row stays and the failure is logged with the instance.
 */
@Component
class ForgottenVariables {

    private static final Logger log = LoggerFactory.getLogger(ForgottenVariables.class);

    private final HistoryService history;
    private final IdentityService identity;
    private final TransactionTemplate ownTransaction;

    ForgottenVariables(HistoryService history, IdentityService identity, PlatformTransactionManager transactions) {
        this.history = history;
        this.identity = identity;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Deletes the history of the instance's variable {@code name} once the current transaction has committed. */
    void forgetAfterCommit(String processInstanceId, String name) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forget(processInstanceId, name);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                forget(processInstanceId, name);
            }
        });
    }

    private void forget(String processInstanceId, String name) {
        var caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            ownTransaction.executeWithoutResult(status -> history.createHistoricVariableInstanceQuery()
                    .processInstanceId(processInstanceId).variableName(name).includeDeleted().list().stream()
                    .map(HistoricVariableInstance::getId).forEach(history::deleteHistoricVariableInstance));
        } catch (RuntimeException e) {
            log.warn("Could not delete the history of variable '{}' of process instance {}: {}", name, processInstanceId,
                    e.toString());
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
