package pl.wspolnie.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.PriorityTask;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.SectorSection;
import pl.wspolnie.security.Groups;
import pl.wspolnie.shared.Money;

/**
 * The option lists Camunda forms show in select, radio and checklist components ({@code valuesKey}): JSON variables
 * of {@code [{"label": …, "value": …}]} set by the engine from the municipality profile and the cycle's data, so no
 * one types a sector code or a task number.
 */
@Component
class PickLists {

    /** Every sector of the profile (label: its name): where a proposal may go. */
    static final String SECTORS = "sectorOptions";
    /** The sections of the programme (label: sector name, value: sector code): what may be returned. */
    static final String SECTIONS = "sectionOptions";
    /** The city's departments and units (label: name, value: code) a proposal may come from. */
    static final String DEPARTMENTS = "departmentOptions";
    /** The priority tasks of the programme a proposal may be merged into (value: task id). */
    static final String MERGE_TARGETS = "mergeTargetOptions";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MunicipalityProfile profile;
    private final ProgrammeService programmes;

    PickLists(MunicipalityProfile profile, ProgrammeService programmes) {
        this.profile = profile;
        this.programmes = programmes;
    }

    void sectors(VariableScope scope) {
        set(scope, SECTORS, sectorList());
    }

    private List<Map<String, String>> sectorList() {
        return profile.sectors().stream().map(s -> option(s.name(), s.code())).toList();
    }

    /**
     * The lists start forms may name in a {@code valuesKey} ({@link StartFormPickLists}), for a person in these groups:
     * the sectors, and the departments they may submit in the name of — their own for a department's staff (the
     * intake refuses any other), every one for the coordination team, administrators and anyone in no department.
     */
    Map<String, List<Map<String, String>>> startFormLists(Collection<String> groups) {
        List<MunicipalityProfile.Department> own = profile.departments().stream()
                .filter(d -> groups.contains(Groups.department(d.code()))).toList();
        boolean any = own.isEmpty() || profile.departments().stream().allMatch(d -> Groups.mayActFor(groups, d.code()));
        List<MunicipalityProfile.Department> departments = any ? profile.departments() : own;
        return Map.of(SECTORS, sectorList(),
                DEPARTMENTS, departments.stream().map(d -> option(d.name(), d.code())).toList());
    }

    void sections(VariableScope scope, Long programmeId) {
        set(scope, SECTIONS, programmes.sections(programmeId).stream().map(SectorSection::getSectorCode)
                .map(code -> option(profile.sector(code).map(MunicipalityProfile.Sector::name).orElse(code), code)).toList());
    }

    /** Sets the pick list of the tasks to merge into and returns those tasks, read once for the form's other fields. */
    List<PriorityTask> mergeTargets(VariableScope scope, Long programmeId) {
        List<PriorityTask> tasks = programmes.priorityTasks(programmeId);
        set(scope, MERGE_TARGETS, tasks.stream()
                .map(t -> option("nr " + t.getId() + ": " + t.getTitle() + " (" + Money.pln(t.total()) + ")", String.valueOf(t.getId())))
                .toList());
        return tasks;
    }

    private static Map<String, String> option(String label, String value) {
        Map<String, String> option = new LinkedHashMap<>();
        option.put("label", label);
        option.put("value", value);
        return option;
    }

    private static void set(VariableScope scope, String name, List<Map<String, String>> options) {
        try {
            scope.setVariable(name, SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
