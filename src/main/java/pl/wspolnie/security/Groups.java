package pl.wspolnie.security;

/** Groups that exist in every municipality; sectoral team groups come from the municipality profile. */
public final class Groups {

    public static final String COORDINATION_TEAM = "coordination-team";
    public static final String DEPARTMENTS = "departments";
    public static final String MAYOR_OFFICE = "mayor-office";
    public static final String COUNCIL_OFFICE = "council-office";
    public static final String PUBLIC_BENEFIT_COUNCIL = "public-benefit-council";
    public static final String ADMIN = "camunda-admin";

    private Groups() {
    }

    /**
     * The group of one city department's staff ({@code department-wks} for WKS): its members submit and import
     * proposals in that department's name only. Members are also in {@link #DEPARTMENTS} (Tasklist rights).
     */
    public static String department(String code) {
        return "department-" + code.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether members of these groups may act in the name of the department with this code. */
    public static boolean mayActFor(java.util.Collection<String> groups, String departmentCode) {
        return groups.contains(COORDINATION_TEAM) || groups.contains(ADMIN)
                || departmentCode != null && groups.contains(department(departmentCode));
    }
}
