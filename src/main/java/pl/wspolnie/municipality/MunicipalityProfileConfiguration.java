package pl.wspolnie.municipality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** Loads the municipality profile from the JSON file named by {@code wspolnie.municipality-profile}. */
@Configuration
class MunicipalityProfileConfiguration {

    @Bean
    MunicipalityProfile municipalityProfile(MunicipalityProperties properties, ObjectMapper json) throws IOException {
        Resource file = properties.municipalityProfile();
        try (InputStream in = file.getInputStream()) {
            return parse(json.readTree(in), file.getDescription());
        }
    }

    static MunicipalityProfile parse(JsonNode root, String source) {
        JsonNode m = required(root, "municipality", source);
        List<MunicipalityProfile.Sector> sectors = new ArrayList<>();
        for (JsonNode s : required(root, "sectors", source)) {
            sectors.add(new MunicipalityProfile.Sector(text(s, "code", source), text(s, "name", source),
                    text(s, "group", source), optional(s, "department")));
        }
        List<MunicipalityProfile.Department> departments = new ArrayList<>();
        for (JsonNode d : required(root, "departments", source)) {
            departments.add(new MunicipalityProfile.Department(text(d, "code", source), text(d, "name", source)));
        }
        if (sectors.isEmpty()) {
            throw new IllegalStateException(source + ": the profile names no sectoral team (sectors)");
        }
        var codes = new HashSet<String>();
        var groups = new HashSet<String>();
        for (var s : sectors) {
            if (!codes.add(s.code()) || !groups.add(s.group())) {
                throw new IllegalStateException(source + ": sector code and group must be unique: " + s.code());
            }
            if (s.department() != null && departments.stream().noneMatch(d -> d.code().equals(s.department()))) {
                throw new IllegalStateException(source + ": sector " + s.code() + " names an unknown department " + s.department());
            }
        }
        return new MunicipalityProfile(
                text(m, "name", source), text(m, "council", source), text(m, "mayor", source),
                text(m, "publicBenefitCouncil", source),
                positive(m, "consultationDays", source), positive(m, "publicBenefitCouncilOpinionDays", source),
                MonthDay.parse(text(m, "adoptionDeadline", source)),
                List.copyOf(sectors), List.copyOf(departments), wording(root.get("wording"), source));
    }

    /** The municipality's own wording (optional as a whole and field by field). */
    private static MunicipalityProfile.Wording wording(JsonNode w, String source) {
        if (w == null || w.isNull()) {
            return null;
        }
        JsonNode r = w.get("resolutionInForce");
        MunicipalityProfile.Resolution inForce = r == null || r.isNull() ? null : new MunicipalityProfile.Resolution(
                text(r, "number", source), LocalDate.parse(text(r, "date", source)), text(r, "title", source));
        return new MunicipalityProfile.Wording(optional(w, "councilChair"), optional(w, "annualTitle"),
                optional(w, "multiYearTitle"), inForce);
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static JsonNode required(JsonNode node, String field, String source) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException(source + ": missing '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String source) {
        String value = required(node, field, source).asText();
        if (value.isBlank()) {
            throw new IllegalStateException(source + ": '" + field + "' is empty");
        }
        return value;
    }

    private static int positive(JsonNode node, String field, String source) {
        int value = required(node, field, source).asInt();
        if (value <= 0) {
            throw new IllegalStateException(source + ": '" + field + "' must be a positive number of days");
        }
        return value;
    }
}
