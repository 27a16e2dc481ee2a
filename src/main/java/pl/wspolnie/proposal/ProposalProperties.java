package pl.wspolnie.proposal;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code wspolnie.proposals.*}: limits of the proposal intake.
 *
 * @param importMaxRows rows of proposals one spreadsheet upload may carry; more is refused with 413 naming {@code file}
 */
@Validated
@ConfigurationProperties("wspolnie.proposals")
record ProposalProperties(@DefaultValue("2000") @Positive int importMaxRows) {
}
