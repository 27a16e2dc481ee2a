package pl.wspolnie.municipality;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * Everything that differs between municipalities (gminy): names of the bodies, statutory periods,
 * sectoral teams (zespoły branżowe) with their Tasklist groups, city departments (wydziały) and the
 * wording of the resolution the municipality decides ({@link Wording}).
 */
public record MunicipalityProfile(
        String name,
        String council,
        String mayor,
        String publicBenefitCouncil,
        int consultationDays,
        int publicBenefitCouncilOpinionDays,
        MonthDay adoptionDeadline,
        List<Sector> sectors,
        List<Department> departments,
        Wording wording) {

    /** A profile without a wording of its own (tests). */
    public MunicipalityProfile(String name, String council, String mayor, String publicBenefitCouncil, int consultationDays,
                               int publicBenefitCouncilOpinionDays, MonthDay adoptionDeadline, List<Sector> sectors,
                               List<Department> departments) {
        this(name, council, mayor, publicBenefitCouncil, consultationDays, publicBenefitCouncilOpinionDays, adoptionDeadline,
                sectors, departments, null);
    }

    public MunicipalityProfile {
        wording = wording == null ? new Wording(null, null, null, null) : wording;
    }

    /** {@code department}: the code of the department answering for the team's tasks (may be null). */
    public record Sector(String code, String name, String group, String department) {

        public Sector(String code, String name, String group) {
            this(code, name, group, null);
        }
    }

    public record Department(String code, String name) {
    }

    /**
     * What the municipality words itself: who signs the adopted resolution ({@code councilChair}), the title form of
     * an annual and a multi-year programme ({@code ${firstYear}}, {@code ${lastYear}}) and the resolution of the
     * programme in force before the first one drafted here ({@code inForce}, repealed by it; may be null).
     */
    public record Wording(String councilChair, String annualTitle, String multiYearTitle, Resolution inForce) {
    }

    /** An adopted resolution: its number, date and the programme's title. */
    public record Resolution(String number, LocalDate date, String title) {
    }

    public Optional<Sector> sector(String code) {
        return sectors.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<Department> department(String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public List<String> sectorCodes() {
        return sectors.stream().map(Sector::code).toList();
    }

    /** The chair who signs the council's resolutions ("Przewodniczący Rady …"). */
    public String councilChair() {
        return wording.councilChair() != null ? wording.councilChair() : "Przewodniczący Rady";
    }

    /** The programme's title in the municipality's form, or empty when the profile has none. */
    public Optional<String> programmeTitle(int firstYear, int lastYear) {
        String form = firstYear == lastYear ? wording.annualTitle() : wording.multiYearTitle();
        return Optional.ofNullable(form).map(f -> f.replace("${firstYear}", String.valueOf(firstYear))
                .replace("${lastYear}", String.valueOf(lastYear)));
    }
}
