package pl.wspolnie.drafting;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * {@code wspolnie.drafting.*}: the Word templates of the documents (Spring resource locations, {@code classpath:…} or
 * {@code file:…}; see docs/document-templates.md) and LibreOffice for PDFs.
 *
 * @param template              the programme draft: resolution and annex
 * @param justificationTemplate the justification (uzasadnienie)
 * @param reportTemplate        the consultation report
 * @param opinionTemplate       the Public Benefit Council's opinion, or the statement that it waived it
 * @param soffice               LibreOffice: a name looked up on the PATH or an absolute path; absent: PDFs answer 503
 * @param python                a Python 3 with LibreOffice's {@code uno} module (Debian: python3-uno), which fills the table of
 *                              contents' page numbers in before the PDF is written; absent or without {@code uno}: the PDF
 *                              is made by {@code soffice --convert-to pdf}, its table of contents without page numbers
 * @param pdfTimeout            the longest one PDF conversion may take before LibreOffice is killed
 * @param expensiveDocuments    at most this many PDFs and version comparisons are made at once on one node
 * @param expensiveDocumentsWait how long a request beyond them waits for a place before it is answered 503
 */
@Validated
@ConfigurationProperties("wspolnie.drafting")
public record DraftingProperties(
        @DefaultValue("classpath:templates/krakow/programme.docx") @NotNull Resource template,
        @DefaultValue("classpath:templates/krakow/justification.docx") @NotNull Resource justificationTemplate,
        @DefaultValue("classpath:templates/krakow/consultation-report.docx") @NotNull Resource reportTemplate,
        @DefaultValue("classpath:templates/krakow/opinion.docx") @NotNull Resource opinionTemplate,
        @DefaultValue("soffice") @NotBlank String soffice,
        @DefaultValue("/usr/bin/python3") @NotBlank String python,
        @DefaultValue("PT2M") @NotNull @DurationMin(seconds = 1) Duration pdfTimeout,
        @DefaultValue("2") @Min(1) int expensiveDocuments,
        @DefaultValue("PT2S") @NotNull Duration expensiveDocumentsWait) {
}
