package pl.wspolnie.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A group sees the history of its own work only ({@code enableHistoricInstancePermissions}): the engine grants
 * each task's candidate groups that task's history (HISTORIC_TASK, with its variables) itself; here each candidate
 * group also gets the history of the task's process instance (HISTORIC_PROCESS_INSTANCE READ: its activities and
 * variables) when the task is created. Nobody but the coordination team and administrators reads the history of
 * every process ({@link IdentityBootstrap} no longer grants READ_HISTORY on all definitions to the others).
 */
@Component
class HistoryAccess implements StarterHistory {

    private final AuthorizationService authorizations;
    private final IdentityService identity;

    HistoryAccess(@Lazy AuthorizationService authorizations, @Lazy IdentityService identity) {
        this.authorizations = authorizations;
        this.identity = identity;
    }

    @Override
    public void letStarterRead(String processInstanceId) {
        var current = identity.getCurrentAuthentication();
        if (current == null || current.getUserId() == null || processInstanceId == null) {
            return;
        }
        var groups = current.getGroupIds();
        if (groups != null && (groups.contains(Groups.COORDINATION_TEAM) || groups.contains(Groups.ADMIN))) {
            return;   // they read every history already
        }
        Context.getCommandContext().runWithoutAuthorization(() -> {
            var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setUserId(current.getUserId());
            authorization.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
            authorization.setResourceId(processInstanceId);
            authorization.addPermission(HistoricProcessInstancePermissions.READ);
            authorizations.saveAuthorization(authorization);
            return null;
        });
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    void on(DelegateTask task) {
        String instance = task.getProcessInstanceId();
        if (instance == null) {
            return;
        }
        for (IdentityLink candidate : task.getCandidates()) {
            String group = candidate.getGroupId();
            if (group != null && !group.equals(Groups.COORDINATION_TEAM) && !group.equals(Groups.ADMIN)) {
                // the acting user (a team completing the previous task) may not write authorizations itself
                Context.getCommandContext().runWithoutAuthorization(() -> {
                    grant(group, instance);
                    return null;
                });
            }
        }
    }

    private void grant(String group, String processInstanceId) {
        boolean granted = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(group)
                .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(processInstanceId).count() > 0;
        if (!granted) {
            var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
            authorization.setResourceId(processInstanceId);
            authorization.addPermission(HistoricProcessInstancePermissions.READ);
            authorizations.saveAuthorization(authorization);
        }
    }
}
