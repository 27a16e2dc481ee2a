package pl.wspolnie.municipality;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * {@code wspolnie.municipality-profile} ({@code WSPOLNIE_MUNICIPALITY_PROFILE}): the municipality this installation
 * serves. A top-level key, as documented since the first release; the file's content is checked by
 * {@link MunicipalityProfileConfiguration}.
 *
 * @param municipalityProfile the profile file (JSON): council, Mayor, Public Benefit Council, consultation and opinion
 *                            days, adoption deadline, sectoral teams, departments; {@code classpath:…} or {@code file:…}
 */
@Validated
@ConfigurationProperties("wspolnie")
record MunicipalityProperties(
        @DefaultValue("classpath:municipality/krakow.json") @NotNull Resource municipalityProfile) {
}
