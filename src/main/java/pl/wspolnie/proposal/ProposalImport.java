package pl.wspolnie.proposal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.programme.FundingMode;
import pl.wspolnie.programme.TaskForm;
import pl.wspolnie.shared.Idempotent;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.InvalidInputException.FieldError;

/**
 * Proposals from a department's spreadsheet, one per row, with the columns of the JSON API flattened.
 *
 * <p>Every row is checked by the rules of {@link ProposalService#submit}; the valid rows are stored and the
 * others refused, each named in a per-row report. A row whose {@code externalRef} the programme already has is
 * {@code ALREADY_RECEIVED}, as a repeated JSON submission is, so uploading the same file again changes nothing.
 * A row repeating the {@code externalRef} of an earlier row of the same file is refused: within one file that is
 * a copying mistake, not a retry.
 *
 * <p>The file itself is all or nothing: one that is not a spreadsheet, cannot be read, lacks a required column
 * or has no rows is refused as a whole before anything is stored; and all valid rows are stored, with their
 * intake processes started, in one transaction, so a failure half-way stores none of them.
 */
@Service
class ProposalImport {

    /** The columns, as the fields of {@link ProposalSubmission} flattened. */
    static final List<String> COLUMNS = List.of("externalRef", "submitterType", "submitterCode", "submitterName", "krs",
            "email", "sector", "title", "description", "justification", "form", "mode", "plannedAmountPln", "years");
    /** Columns every file must have; the others may be left out when no row needs them. */
    static final List<String> REQUIRED = List.of("externalRef", "submitterType", "sector", "title", "description",
            "justification", "form", "years");

    /** JSON API field names as the spreadsheet's columns name them. */
    private static final Map<String, String> COLUMN_OF = Map.of("submitter.type", "submitterType",
            "submitter.code", "submitterCode", "submitter.name", "submitterName", "submitter.krs", "krs",
            "submitter.email", "email", "submitter", "submitterType");
    private static final Pattern YEARS = Pattern.compile("^([0-9]{4})(?:\\s*[-\u2010-\u2015]\\s*([0-9]{4}))?$");

    enum Outcome { CREATED, ALREADY_RECEIVED, REFUSED }

    record RowReport(int row, String externalRef, Outcome outcome, Long proposalId, String reference, List<FieldError> errors) {
    }

    record Summary(int rows, int created, int alreadyReceived, int refused) {
    }

    record Report(Long programmeId, String file, String format, Summary summary, List<String> ignoredColumns,
                  List<RowReport> rows) {
    }

    private final ProposalService proposals;
    private final TransactionTemplate transaction;
    private final int maxRows;

    ProposalImport(ProposalService proposals, TransactionTemplate transaction,
                   ProposalProperties properties) {
        this.proposals = proposals;
        this.transaction = transaction;
        this.maxRows = properties.importMaxRows();
    }

    Report importFile(Long programmeId, String fileName, byte[] content) {
        proposals.requireOpenCall(programmeId);
        SpreadsheetRows.Sheet sheet = SpreadsheetRows.read(content, maxRows);
        Map<String, Integer> columns = columns(sheet.header());
        if (sheet.rows().isEmpty()) {
            throw new InvalidInputException(SpreadsheetRows.FIELD, "has a header row but no rows of proposals");
        }
        List<String> ignored = sheet.header().stream().filter(h -> !h.isBlank() && column(h) == null).toList();
        // a concurrent upload of the same rows: the whole file is checked again and its rows found received
        return Idempotent.submit(() -> transaction.execute(status -> {
            proposals.requireOpenCall(programmeId);
            List<Checked> checked = check(programmeId, sheet, columns);
            for (Checked row : checked) {
                try {
                    proposals.requireOwnDepartment(row.valid(), "submitterCode");
                } catch (pl.wspolnie.shared.ForbiddenException e) {
                    throw new pl.wspolnie.shared.ForbiddenException("submitterCode", "row " + row.row() + ": " + e.getMessage());
                }
            }
            List<RowReport> report = store(programmeId, checked);
            return new Report(programmeId, fileName, sheet.format().name(), new Summary(report.size(),
                    count(report, Outcome.CREATED), count(report, Outcome.ALREADY_RECEIVED), count(report, Outcome.REFUSED)),
                    ignored, report);
        }));
    }

    /** A row after checking: its outcome so far, and the submission to store when it is valid. */
    private record Checked(int row, RowReport report, ProposalSubmission valid) {
    }

    private List<Checked> check(Long programmeId, SpreadsheetRows.Sheet sheet, Map<String, Integer> columns) {
        List<Checked> checked = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (SpreadsheetRows.Row row : sheet.rows()) {
            List<FieldError> errors = new ArrayList<>();
            Map<String, String> values = values(row, columns);
            String ref = values.get("externalRef").strip();
            if (sheet.format() == SpreadsheetRows.Format.CSV && row.cells().size() > sheet.header().size()
                    && row.cells().subList(sheet.header().size(), row.cells().size()).stream().anyMatch(c -> !c.isBlank())) {
                errors.add(new FieldError("row", "has " + row.cells().size() + " values but the header names "
                        + sheet.header().size() + " columns: put texts that contain the separator in quotes"));
            }
            Integer earlier = ref.isEmpty() ? null : firstRowOf.putIfAbsent(ref, row.number());
            if (earlier != null) {
                errors.add(new FieldError("externalRef", "repeats row " + earlier + " of this file"));
                checked.add(refused(row, ref, errors));
                continue;
            }
            Optional<Proposal> existing = errors.isEmpty() ? proposals.received(programmeId, ref) : Optional.empty();
            if (existing.isPresent()) {
                checked.add(new Checked(row.number(), new RowReport(row.number(), ref, Outcome.ALREADY_RECEIVED, existing.get().getId(),
                        existing.get().getReference(), null), null));
                continue;
            }
            ProposalSubmission submission = submission(values, errors);
            Set<String> unreadable = errors.stream().map(FieldError::field).collect(Collectors.toSet());
            proposals.validate(programmeId, submission).stream()
                    .map(e -> new FieldError(COLUMN_OF.getOrDefault(e.field(), e.field()), e.message()))
                    .filter(e -> !unreadable.contains(e.field()))
                    .forEach(errors::add);
            checked.add(errors.isEmpty() ? new Checked(row.number(), null, submission) : refused(row, ref, errors));
        }
        return checked;
    }

    private List<RowReport> store(Long programmeId, List<Checked> checked) {
        List<RowReport> report = new ArrayList<>();
        for (Checked row : checked) {
            if (row.valid() == null) {
                report.add(row.report());
            } else {
                var submitted = proposals.submit(programmeId, row.valid());
                report.add(new RowReport(row.row(), submitted.proposal().getExternalRef(),
                        submitted.created() ? Outcome.CREATED : Outcome.ALREADY_RECEIVED, submitted.proposal().getId(),
                        submitted.proposal().getReference(), null));
            }
        }
        return report;
    }

    private static Checked refused(SpreadsheetRows.Row row, String ref, List<FieldError> errors) {
        return new Checked(row.number(), new RowReport(row.number(), ref.isEmpty() ? null : ref, Outcome.REFUSED, null,
                null, List.copyOf(errors)), null);
    }

    // ---- columns and values -----------------------------------------------------------------------------

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = column(header.get(i));
            if (column != null && columns.putIfAbsent(column, i) != null) {
                throw new InvalidInputException(SpreadsheetRows.FIELD, "names the column " + column + " twice");
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(SpreadsheetRows.FIELD, "lacks the column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + "; the first row must name the columns " + String.join(", ", COLUMNS)
                    + " (required: " + String.join(", ", REQUIRED) + ")");
        }
        return columns;
    }

    /** The column a header cell names, in any letter case; null when it names none of ours. */
    private static String column(String header) {
        String name = header.strip();
        return COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static Map<String, String> values(SpreadsheetRows.Row row, Map<String, Integer> columns) {
        Map<String, String> values = new HashMap<>();
        for (String column : COLUMNS) {
            Integer index = columns.get(column);
            String value = index == null || index >= row.cells().size() ? "" : row.cells().get(index);
            values.put(column, value == null ? "" : value);
        }
        return values;
    }

    /** The row as the JSON API would receive it; cells that cannot be read become errors naming their column. */
    private static ProposalSubmission submission(Map<String, String> v, List<FieldError> errors) {
        SubmitterType type = choice(SubmitterType.class, v.get("submitterType"), "submitterType", errors);
        TaskForm form = choice(TaskForm.class, v.get("form"), "form", errors);
        FundingMode mode = choice(FundingMode.class, v.get("mode"), "mode", errors);
        String sector = blankToNull(v.get("sector"));
        String amount = blankToNull(v.get("plannedAmountPln"));
        return new ProposalSubmission(blankToNull(v.get("externalRef")),
                new ProposalSubmission.Submitter(type, blankToNull(v.get("submitterCode")), blankToNull(v.get("submitterName")),
                        blankToNull(v.get("krs")), blankToNull(v.get("email"))),
                sector == null ? null : sector.toUpperCase(Locale.ROOT),
                blankToNull(v.get("title")), blankToNull(v.get("description")), blankToNull(v.get("justification")),
                form, mode, amount == null ? null : amount.replaceAll("[\\s\u00a0\u202f]", ""),
                years(v.get("years"), errors));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, String column, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name) || label(value).equalsIgnoreCase(text.strip())) {
                return value;
            }
        }
        errors.add(new FieldError(column, "'" + text.strip() + "' is not an accepted value (accepted: "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ")"));
        return null;
    }

    private static String label(Enum<?> value) {
        if (value instanceof TaskForm form) {
            return form.label();
        }
        if (value instanceof FundingMode mode) {
            return mode.label();
        }
        return value.name();
    }

    /** {@code 2027}, {@code 2027-2029} or {@code 2027–2029}. */
    private static List<Integer> years(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = YEARS.matcher(text.strip());
        if (!m.matches()) {
            errors.add(new FieldError("years", "'" + text.strip() + "' is not a year (2027) or a range of years (2027-2029)"));
            return null;
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        return first == last ? List.of(first) : List.of(first, last);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static int count(List<RowReport> report, Outcome outcome) {
        return (int) report.stream().filter(r -> r.outcome() == outcome).count();
    }
}
