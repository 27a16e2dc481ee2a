package pl.wspolnie.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pl.wspolnie.municipality.MunicipalityProfile;

/**
 * Makes the engine's identities match the municipality profile on every start: groups, their
 * authorizations, Tasklist filters per group and for overdue tasks, and the first administrator.
 * Idempotent: only what is missing is created.
 */
@Component
@Order(1)
class IdentityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    static final String DRAFTING_PROCESS = "programme-drafting";
    static final String INTAKE_PROCESS = "proposal-intake";
    static final String MEETING_PROCESS = "sector-meeting";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final MunicipalityProfile profile;
    private final SecurityProperties.Admin admin;

    IdentityBootstrap(IdentityService identity, AuthorizationService authorizations, FilterService filters,
                      TaskService tasks, MunicipalityProfile profile,
                      SecurityProperties properties) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.profile = profile;
        this.admin = properties.admin();
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, String> groups = groupNames();
        groups.forEach(this::ensureGroup);
        ensureAdminGroupRights();
        for (String group : groups.keySet()) {
            if (!group.equals(Groups.ADMIN)) {
                grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
                grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
                grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
            }
        }
        // the history of every process: the coordination team; the others read their own work's (HistoryAccess),
        // and lose the grant for all that earlier versions gave them
        grant(Groups.COORDINATION_TEAM, Resources.PROCESS_DEFINITION, "*", Permissions.READ_HISTORY);
        for (String group : groups.keySet()) {
            if (!group.equals(Groups.ADMIN) && !group.equals(Groups.COORDINATION_TEAM)) {
                withdraw(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ_HISTORY);
            }
        }
        for (String starter : List.of(Groups.COORDINATION_TEAM, Groups.ADMIN)) {
            grant(starter, Resources.PROCESS_DEFINITION, DRAFTING_PROCESS, Permissions.CREATE_INSTANCE);
        }
        for (String starter : List.of(Groups.COORDINATION_TEAM, Groups.DEPARTMENTS)) {
            grant(starter, Resources.PROCESS_DEFINITION, INTAKE_PROCESS, Permissions.CREATE_INSTANCE);
            grant(starter, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        }
        // the coordination team and every sector team plan meetings (each planned meeting starts its process) and
        // turn postulates raised at them into proposals (each starts its intake)
        for (String planner : meetingPlanners()) {
            grant(planner, Resources.PROCESS_DEFINITION, MEETING_PROCESS, Permissions.CREATE_INSTANCE);
            grant(planner, Resources.PROCESS_DEFINITION, INTAKE_PROCESS, Permissions.CREATE_INSTANCE);
            grant(planner, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        }
        // the coordination team sees every team's meeting tasks (its "Harmonogram spotkań" filter), not only its own, and
        // the meetings' variables the filter shows next to each (when, where, which team)
        grant(Groups.COORDINATION_TEAM, Resources.PROCESS_DEFINITION, MEETING_PROCESS, ProcessDefinitionPermissions.READ_TASK);
        grant(Groups.COORDINATION_TEAM, Resources.PROCESS_DEFINITION, MEETING_PROCESS, ProcessDefinitionPermissions.READ_INSTANCE);
        // one group per city department, for acting in its name (Groups.department); no rights of their own
        profile.departments().forEach(d -> ensureGroup(Groups.department(d.code()), "Wydział: " + d.name()));
        ensureFilters(groups);
        ensureAdministrator();
    }

    /** The meetings' list opens with the nearest deadline first: the order they are planned and held in. */
    private static final List<Map<String, String>> BY_DUE_DATE = List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc"));

    /** The groups that plan and moderate meetings: the coordination team and every sector team. */
    private List<String> meetingPlanners() {
        List<String> planners = new ArrayList<>(List.of(Groups.COORDINATION_TEAM));
        profile.sectors().forEach(s -> planners.add(s.group()));
        return planners;
    }

    /** Group id → display name, in the order Tasklist should list their filters. */
    private Map<String, String> groupNames() {
        var names = new java.util.LinkedHashMap<String, String>();
        names.put(Groups.COORDINATION_TEAM, "Zespół koordynacyjny");
        for (var sector : profile.sectors()) {
            names.put(sector.group(), "Zespół branżowy: " + sector.name());
        }
        names.put(Groups.DEPARTMENTS, "Wydziały i jednostki miejskie");
        names.put(Groups.MAYOR_OFFICE, "Biuro Prezydenta");
        names.put(Groups.COUNCIL_OFFICE, "Kancelaria Rady");
        names.put(Groups.PUBLIC_BENEFIT_COUNCIL, profile.publicBenefitCouncil());
        names.put(Groups.ADMIN, "Administratorzy");
        return names;
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            var group = identity.newGroup(id);
            group.setName(name);
            group.setType(id.equals(Groups.ADMIN) ? "SYSTEM" : "WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void ensureAdminGroupRights() {
        for (Resource resource : Resources.values()) {
            grant(Groups.ADMIN, resource, "*", Permissions.ALL);
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission permission) {
        var existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).list();
        if (existing.stream().anyMatch(a -> a.isPermissionGranted(permission))) {
            return;
        }
        var authorization = existing.isEmpty() ? authorizations.createNewAuthorization(AUTH_TYPE_GRANT) : existing.get(0);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }

    private void withdraw(String group, Resource resource, String resourceId, Permission permission) {
        for (var authorization : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).list()) {
            if (authorization.isPermissionGranted(permission)) {
                authorization.removePermission(permission);
                authorizations.saveAuthorization(authorization);
            }
        }
    }

    private void ensureFilters(Map<String, String> groups) {
        List<String> everyone = new ArrayList<>(groups.keySet());
        // Tasklist opens the first filter: the team's tasks, where new work waits until someone claims it
        ensureFilter("Moje zadania", "Zadania przypisane do mnie", -9,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), everyone);
        ensureFilter("Zadania moich zespołów", "Zadania grup, do których należę (także przypisane)", -10,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(), everyone);
        ensureFilter("Po terminie", "Zadania, których termin minął", -8,
                tasks.createTaskQuery().dueBeforeExpression("${now()}"), everyone);
        // every team's meetings to plan or record, with when and who (MeetingDelegates)
        var schedule = tasks.createTaskQuery().processDefinitionKey(MEETING_PROCESS).orderByDueDate().asc();
        ensureFilter("Harmonogram spotkań", "Spotkania z organizacjami do zaplanowania lub podsumowania, wszystkich zespołów",
                -7, schedule, meetingPlanners(), List.of(Map.of("name", "meetingWhen", "label", "Termin"),
                        Map.of("name", "meetingTeamName", "label", "Zespół")), BY_DUE_DATE);
        int priority = 0;
        for (var group : groups.entrySet()) {
            if (group.getKey().equals(Groups.ADMIN)) {
                continue;
            }
            ensureFilter(group.getValue(), "Zadania grupy " + group.getKey(), priority++,
                    tasks.createTaskQuery().taskCandidateGroup(group.getKey()).includeAssignedTasks(),
                    List.of(group.getKey(), Groups.COORDINATION_TEAM));
        }
    }

    private void ensureFilter(String name, String description, int priority, TaskQuery query, List<String> readers) {
        ensureFilter(name, description, priority, query, readers, List.of(), null);
    }

    /**
     * A Tasklist filter; {@code shown}: the variables each task of its list shows, by name and label; {@code sorting}:
     * the order its list opens in (null: Tasklist's, newest first). Tasklist sorts by what its address says and keeps
     * that from filter to filter, ignoring the query's own order, so the order is a property of the filter that our
     * Tasklist script (scripts/filter-sorting.js) puts into the address when the filter is opened.
     */
    private void ensureFilter(String name, String description, int priority, TaskQuery query, List<String> readers,
                              List<Map<String, String>> shown, List<Map<String, String>> sorting) {
        Map<String, Object> wanted = new java.util.HashMap<>(Map.of("priority", priority));
        if (sorting != null) {
            wanted.put("sorting", sorting);
        }
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name);
            filter.setQuery(query);
            Map<String, Object> properties = new java.util.HashMap<>(wanted);
            properties.putAll(Map.of("description", description, "refresh", true, "variables", shown));
            filter.setProperties(properties);
            filters.saveFilter(filter);
        } else if (!filter.getProperties().entrySet().containsAll(wanted.entrySet())) {
            // an installation made before the order of the filters or of a filter's list changed gets the new one too
            Map<String, Object> properties = new java.util.HashMap<>(filter.getProperties());
            properties.putAll(wanted);
            filter.setProperties(properties);
            filters.saveFilter(filter);
        }
        for (String group : readers) {
            grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }

    private void ensureAdministrator() {
        if (!admin.configured()) {
            if (identity.createUserQuery().memberOfGroup(Groups.ADMIN).count() == 0) {
                log.warn("No administrator exists: set WSPOLNIE_ADMIN_USER and WSPOLNIE_ADMIN_PASSWORD to create the first one");
            }
            return;
        }
        if (identity.createUserQuery().userId(admin.user()).count() == 0) {
            var user = identity.newUser(admin.user());
            user.setPassword(admin.password());
            user.setFirstName("Administrator");
            user.setLastName("Wspólnie");
            var policy = identity.getPasswordPolicy();
            var checked = policy == null ? null : identity.checkPasswordAgainstPolicy(policy, admin.password(), user);
            if (checked != null && !checked.isValid()) {
                throw new IllegalStateException("WSPOLNIE_ADMIN_PASSWORD does not meet the password policy ("
                        + PasswordRules.explain(checked.getViolatedRules()) + ")");
            }
            identity.saveUser(user);
            log.info("Created administrator '{}'", admin.user());
        }
        if (identity.createUserQuery().userId(admin.user()).memberOfGroup(Groups.ADMIN).count() == 0) {
            identity.createMembership(admin.user(), Groups.ADMIN);
        }
    }
}
