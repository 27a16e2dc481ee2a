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
}
