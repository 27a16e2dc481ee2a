package pl.wspolnie.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Command to start a cycle. The calendar is optional: missing dates are computed from the deadline. */
public record NewProgramme(
        @NotNull ProgrammeKind kind,
        @NotNull @Min(2000) @Max(2100) Integer firstYear,
        @NotNull @Min(2000) @Max(2100) Integer lastYear,
        @NotBlank @Size(max = 500) String title,
        @Schema(description = "Optional; any date left out is computed backwards from the adoption deadline") Calendar calendar) {
}
