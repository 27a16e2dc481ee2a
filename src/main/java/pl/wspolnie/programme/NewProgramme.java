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
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String title,
        @Schema(description = "Optional; any date left out is computed backwards from the adoption deadline") Calendar calendar) {
}
