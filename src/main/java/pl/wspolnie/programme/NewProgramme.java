package pl.wspolnie.programme;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Command to start a cycle. The calendar is optional: missing dates are computed from the deadline. Its rules are
 * checked once, by {@link ProgrammeService} (the API and the Tasklist start form both reach it); the schema
 * annotations only document them.
 */
public record NewProgramme(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProgrammeKind kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "2000", maximum = "2100") Integer firstYear,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "2000", maximum = "2100") Integer lastYear,
        @Schema(maxLength = 500, description = "Absent: the title the municipality's profile gives for these years "
                + "(Kraków: \"Program Współpracy Gminy Miejskiej Kraków na rok 2028 z organizacjami pozarządowymi …\")")
        String title,
        @Schema(description = "Optional; any date left out is computed backwards from the adoption deadline") Calendar calendar) {
}
