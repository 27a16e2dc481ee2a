package pl.wspolnie.drafting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import pl.wspolnie.consultation.CommentDecision;
import pl.wspolnie.drafting.DraftSnapshot;
import pl.wspolnie.shared.Money;

/**
 * Turns a snapshot into the models the Word templates are filled with: texts already formatted the Polish way
 * (dates, money exact to the grosz), booleans that switch template sections on and lists that repeat them.
 * Only data and formatting here; every sentence lives in the templates.
 */
final class DocumentModels {

    static final String BLANK = "……………………";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("pl-PL"));
    static final String UNANSWERED = "bez rozstrzygnięcia";

    private DocumentModels() {
    }

    /** Keys every document shares: the programme, the version, the municipality, consultation and opinion. */
    static Map<String, Object> common(DraftSnapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        var p = s.programme();
        m.put("draft", !s.adopted());
        m.put("adopted", s.adopted());
        m.put("version", String.valueOf(s.version()));
        m.put("stageLabel", s.stageLabel());
        m.put("date", date(s.date()));
        m.put("note", s.note() == null ? "" : s.note());
        m.put("title", p.title());
        m.put("annual", p.firstYear() == p.lastYear());
        m.put("multiYear", p.firstYear() != p.lastYear());
        m.put("firstYear", String.valueOf(p.firstYear()));
        m.put("lastYear", String.valueOf(p.lastYear()));
        m.put("yearBefore", String.valueOf(p.firstYear() - 1));
        m.put("municipality", s.municipality().name());
        m.put("council", s.municipality().council());
        m.put("mayor", s.municipality().mayor());
        m.put("publicBenefitCouncil", s.municipality().publicBenefitCouncil());
        m.put("councilChair", s.municipality().councilChair() != null ? s.municipality().councilChair() : "Przewodniczący Rady");
        m.put("sectorNames", s.sections().stream().map(DraftSnapshot.Section::name).collect(Collectors.joining("; ")));
        m.put("sectorCount", String.valueOf(s.sections().size()));
        m.put("taskCount", String.valueOf(s.sections().stream().mapToInt(x -> x.tasks().size()).sum()));
        m.put("total", Money.pln(s.total()));
        m.put("years", s.budgetYears().stream().map(y -> Map.of("year", String.valueOf(y), "amount", Money.pln(s.total(y)))).toList());
        var council = s.council();
        boolean resolution = s.adopted() && council != null && council.resolutionNumber() != null;
        m.put("resolutionNumber", resolution ? council.resolutionNumber() : BLANK);
        m.put("resolutionDate", resolution && council.decisionDate() != null ? date(council.decisionDate()) : BLANK);
        m.put("printNumber", council != null && council.printNumber() != null && !s.adopted() ? council.printNumber() : "");
        consultation(s, m);
        MeetingModels.put(s, m);
        return m;
    }

    private static void consultation(DraftSnapshot s, Map<String, Object> m) {
        var c = s.consultation();
        m.put("consultationPlanned", c == null);
        m.put("consultationOpen", c != null && "OPEN".equals(c.status()));
        m.put("consultationHeld", c != null && !"OPEN".equals(c.status()));
        m.put("consultationStart", date(c != null ? c.openedOn() : s.programme().consultationStart()));
        m.put("consultationEnd", date(c != null ? c.closesOn() : s.programme().consultationEnd()));
        m.put("round", c == null ? "1" : String.valueOf(c.round()));
        List<DraftSnapshot.Comment> comments = c == null ? List.of() : c.comments();
        m.put("commentCount", String.valueOf(comments.size()));
        m.put("hasComments", !comments.isEmpty());
        m.put("organisationCount", String.valueOf(c == null ? 0 : c.organisations()));
        m.put("acceptedCount", String.valueOf(c == null ? 0 : c.count("ACCEPTED")));
        m.put("partlyCount", String.valueOf(c == null ? 0 : c.count("PARTLY_ACCEPTED")));
        m.put("rejectedCount", String.valueOf(c == null ? 0 : c.count("REJECTED")));
        m.put("unansweredCount", String.valueOf(c == null ? 0 : c.count(null)));
        var opinion = c == null ? null : c.opinion();
        m.put("opinionGiven", opinion != null && "GIVEN".equals(opinion.status()));
        m.put("opinionWaived", opinion != null && "WAIVED".equals(opinion.status()));
        m.put("opinionPending", c != null && opinion == null);
        m.put("opinionDate", date(opinion == null ? null : opinion.recordedOn()));
        m.put("opinionDeadline", date(c == null ? null : c.opinionDeadline()));
        m.put("opinionText", opinion == null || opinion.text() == null ? "" : opinion.text());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            var x = comments.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("comment.no", (i + 1) + ".");
            row.put("comment.ref", x.ref());
            row.put("comment.organisation", x.organisation() + (x.krs() != null ? "\nKRS " + x.krs() : ""));
            row.put("comment.section", x.part());
            row.put("comment.current", x.currentText() == null || x.currentText().isBlank() ? "–" : x.currentText());
            row.put("comment.proposed", x.proposedText());
            row.put("comment.justification", x.justification());
            row.put("comment.decision", decision(x.decision()));
            row.put("comment.answer", x.answer() == null ? "" : x.answer());
            row.put("comment.adopted", x.adopted() == null || x.adopted().isBlank() ? "–" : x.adopted());
            rows.add(row);
        }
        m.put("comments", rows);
    }

    /** The programme draft: {@link #common} plus sectors with their tasks and the budget by sector and year. */
    static Map<String, Object> programme(DraftSnapshot s) {
        Map<String, Object> m = common(s);
        List<Integer> years = s.budgetYears();
        List<Map<String, Object>> sectors = new ArrayList<>();
        for (var section : s.sections()) {
            Map<String, Object> sector = new LinkedHashMap<>();
            sector.put("sector.code", section.code());
            sector.put("sector.name", section.name());
            sector.put("sector.narrative", section.narrative() == null ? "" : section.narrative());
            sector.put("sector.hasTasks", !section.tasks().isEmpty());
            sector.put("sector.total", Money.pln(years.stream().map(section::total).reduce(BigDecimal.ZERO, BigDecimal::add)));
            sector.put("sector.years", years.stream().map(y -> Map.of("amount", Money.pln(section.total(y)))).toList());
            List<Map<String, Object>> tasks = new ArrayList<>();
            for (int i = 0; i < section.tasks().size(); i++) {
                tasks.add(task(i + 1, section.tasks().get(i), years));
            }
            sector.put("sector.tasks", tasks);
            sectors.add(sector);
        }
        m.put("sectors", sectors);
        return m;
    }

    /** A task's money in the programme's years only: one line per year, and a total when there are several. */
    private static Map<String, Object> task(int no, DraftSnapshot.Task t, List<Integer> years) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task.no", no + ".");
        m.put("task.title", t.title());
        m.put("task.description", t.description() == null ? "" : t.description());
        m.put("task.form", t.formLabel());
        m.put("task.mode", t.modeLabel() == null ? "–" : t.modeLabel());
        m.put("task.department", t.department() == null ? "–" : t.department());
        var planned = t.amounts().stream().filter(a -> years.contains(a.year())).toList();
        BigDecimal total = planned.stream().map(DraftSnapshot.Amount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        // an annual programme's task has one year: its amount needs no year before it
        List<String> lines = planned.stream().map(a -> (years.size() > 1 ? a.year() + ": " : "") + Money.pln(a.amount()))
                .collect(Collectors.toList());
        if (years.size() > 1 && planned.size() > 1) {
            lines.add("razem: " + Money.pln(total));
        }
        boolean nonFinancial = "POZAFINANSOWA".equals(t.form()) && total.signum() == 0;
        m.put("task.amounts", nonFinancial ? "nie dotyczy" : lines.isEmpty() ? Money.pln(BigDecimal.ZERO) : String.join("\n", lines));
        m.put("task.total", Money.pln(total));
        return m;
    }

    static String decision(String decision) {
        if (decision == null) {
            return UNANSWERED;
        }
        return Arrays.stream(CommentDecision.values()).filter(d -> d.name().equals(decision)).findFirst()
                .map(CommentDecision::label).orElse(decision);
    }

    static String date(LocalDate date) {
        return date == null ? BLANK : DATE.format(date);
    }
}
