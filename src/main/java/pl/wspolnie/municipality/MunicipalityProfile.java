package pl.wspolnie.municipality;

import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * Everything that differs between municipalities (gminy): names of the bodies, statutory periods,
 * sectoral teams (zespoły branżowe) with their Tasklist groups, and city departments (wydziały).
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
        List<Department> departments) {

    public record Sector(String code, String name, String group) {
    }

    public record Department(String code, String name) {
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
}
