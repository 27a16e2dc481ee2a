package pl.wspolnie.text;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * {@code wspolnie.text.*}: where a programme's text starts from and how long one unit's wording may be.
 *
 * @param baseText      the wording a programme starts from when no adopted programme precedes it (JSON)
 * @param unitMaxLength the longest wording of one unit (§, ust., pkt …), refused alike by API, page and database; the
 *                      database's limit is a Flyway placeholder, so set it before the first start
 */
@Validated
@ConfigurationProperties("wspolnie.text")
record TextProperties(@DefaultValue("classpath:municipality/krakow-base-text.json") @NotNull Resource baseText,
                      @DefaultValue("20000") @Positive int unitMaxLength) {
}
