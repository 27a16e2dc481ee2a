package pl.wspolnie.publicsite;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.FundingMode;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.SmallGrantLimits;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.programme.TaskForm;
import pl.wspolnie.proposal.ProposalService;
import pl.wspolnie.proposal.ProposalViews;
import pl.wspolnie.shared.Money;
import pl.wspolnie.shared.NotFoundException;

/**
 * Pages for NGOs during the call for proposals: the open calls, the proposal form, its confirmation and the
 * status of a proposal by its reference number. The form goes through {@link ProposalService} like the API,
 * so it is checked by the same rules and starts the same intake process.
 */
@Controller
@RequestMapping("/propozycje")
class ProposalPages {

    /** A choice on the form: value, label and an optional hint under it. */
    record Option(String value, String label, String hint) {
    }

    record OpenCall(Long id, String title, String years, String deadline) {
        static OpenCall of(Programme p) {
            return new OpenCall(p.getId(), p.getTitle(), yearsOf(p), PolishDates.date(p.getCalendar().proposalDeadline()));
        }
    }

    private final ProposalService proposals;
    private final ProposalViews views;
    private final ProgrammeService programmes;
    private final MunicipalityProfile profile;
    private final SmallGrantLimits smallGrants;
    private final ZoneId zone;

    ProposalPages(ProposalService proposals, ProposalViews views, ProgrammeService programmes, MunicipalityProfile profile,
                  SmallGrantLimits smallGrants, ZoneId municipalityZone) {
        this.proposals = proposals;
        this.views = views;
        this.smallGrants = smallGrants;
        this.programmes = programmes;
        this.profile = profile;
        this.zone = municipalityZone;
    }

    @GetMapping
    String calls(Model model) {
        model.addAttribute("calls", programmes.inStage(Stage.CALL_FOR_PROPOSALS).stream()
                .sorted(Comparator.comparing((Programme p) -> p.getCalendar().proposalDeadline()).thenComparing(Programme::getId))
                .map(OpenCall::of).toList());
        return "public/proposal-calls";
    }

    /** The token is read here, so its cookie is set before the page is written. */
    @GetMapping("/{programmeId}/nowa")
    String form(@PathVariable Long programmeId, Model model, CsrfToken csrf) {
        csrf.getToken();
        Programme programme = proposals.requireOpenCall(programmeId);
        return formPage(model, programme, ProposalForm.blank(programme), Map.of());
    }

    @PostMapping("/{programmeId}/nowa")
    Object submit(@PathVariable Long programmeId, @ModelAttribute("form") ProposalForm form, Model model,
                  HttpServletResponse response) {
        Programme programme = proposals.requireOpenCall(programmeId);
        Map<String, String> typing = new HashMap<>();
        var submission = form.toSubmission(typing);
        Map<String, String> errors = PolishMessages.of(typing, proposals.validate(programmeId, submission));
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage(model, programme, form, errors);
        }
        String reference = pl.wspolnie.shared.Idempotent.submit(() -> proposals.submit(programmeId, submission)).proposal().getReference();
        RedirectView confirmation = new RedirectView("/propozycje/potwierdzenie/" + reference, true);
        confirmation.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(confirmation);
    }

    /** The form sent with an expired or missing token, shown again as typed (see {@link ExpiredForms}); stores nothing. */
    @PostMapping(path = "/{programmeId}/nowa", headers = ExpiredForms.HEADER)
    String submitExpired(@PathVariable Long programmeId, @ModelAttribute("form") ProposalForm form, Model model,
                         HttpServletResponse response) {
        return formPage(model, proposals.requireOpenCall(programmeId), form, ExpiredForms.errors(response));
    }

    @GetMapping("/potwierdzenie/{reference}")
    String confirmation(@PathVariable String reference, Model model) {
        var status = views.publicStatus(reference).orElseThrow(() -> new NotFoundException("Proposal", reference));
        model.addAttribute("status", StatusView.of(status, zone));
        return "public/proposal-confirmation";
    }

    @GetMapping("/status")
    String status(@RequestParam(name = "numer", required = false) String reference, Model model, HttpServletResponse response) {
        model.addAttribute("numer", reference == null ? "" : reference.strip());
        if (reference == null || reference.isBlank()) {
            if (reference != null) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("error", "Podaj numer propozycji.");
            }
            return "public/proposal-status";
        }
        if (!ProposalViews.wellFormedReference(reference)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "Numer propozycji ma postać WSP-rok-8 znaków, np. WSP-2027-7KQ2M9XD.");
            return "public/proposal-status";
        }
        views.publicStatus(reference).ifPresentOrElse(s -> model.addAttribute("status", StatusView.of(s, zone)), () -> {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("error", "Nie znaleziono propozycji o tym numerze. Sprawdź, czy numer jest przepisany bez błędów.");
        });
        return "public/proposal-status";
    }

    private String formPage(Model model, Programme programme, ProposalForm form, Map<String, String> errors) {
        model.addAttribute("call", OpenCall.of(programme));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sectors", sectors());
        model.addAttribute("forms", List.of(
                new Option(TaskForm.OTWARTY_KONKURS_OFERT.name(), TaskForm.OTWARTY_KONKURS_OFERT.label(),
                        "Miasto ogłasza konkurs, a organizacje składają w nim oferty."),
                new Option(TaskForm.TRYB_POZAKONKURSOWY.name(), TaskForm.TRYB_POZAKONKURSOWY.label(),
                        "Małe zlecenie bez konkursu: do " + Money.pln(smallGrants.maxAmountPerTask())
                                + " i do " + smallGrants.maxDays() + " dni."),
                new Option(TaskForm.POZAFINANSOWA.name(), TaskForm.POZAFINANSOWA.label(),
                        "Bez pieniędzy z budżetu miasta, np. wspólne wydarzenie, patronat, udostępnienie sali.")));
        model.addAttribute("modes", List.of(
                new Option(FundingMode.WSPIERANIE.name(), FundingMode.WSPIERANIE.label(),
                        "Miasto dofinansowuje część kosztów zadania."),
                new Option(FundingMode.POWIERZANIE.name(), FundingMode.POWIERZANIE.label(),
                        "Miasto finansuje całe zadanie."),
                new Option("", "Nie dotyczy", "Przy współpracy pozafinansowej.")));
        return "public/proposal-form";
    }

    private List<Option> sectors() {
        var options = new ArrayList<>(profile.sectors().stream()
                .map(s -> new Option(s.code(), s.name(), null)).toList());
        options.add(new Option("INNY", "Inny obszar albo nie wiem", "Obszar wskaże zespół koordynacyjny."));
        return options;
    }

    static String yearsOf(Programme p) {
        return p.getFirstYear() == p.getLastYear() ? String.valueOf(p.getFirstYear()) : p.getFirstYear() + "–" + p.getLastYear();
    }
}
