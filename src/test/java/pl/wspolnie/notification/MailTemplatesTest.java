package pl.wspolnie.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @Test
    void everyKindHasATemplate() {
        for (MailKind kind : EnumSet.allOf(MailKind.class)) {
            assertThat(new ClassPathResource(MailTemplates.templateName(kind)).exists()).as(kind.name()).isTrue();
        }
    }

    @Test
    void theFirstLineIsTheSubjectAndNullsRenderEmpty() {
        Map<String, Object> model = new HashMap<>();
        model.put("externalRef", "C-1");
        model.put("programmeTitle", "Program współpracy na rok 2027");
        model.put("round", 1);
        model.put("organisation", "Fundacja Łąka");
        model.put("contactPerson", null);
        model.put("section", "§ 4 ust. 2");
        model.put("receivedAt", "2 października 2026, 10:15");
        model.put("lastDay", "23 października 2026");
        model.put("municipality", "Gmina Miejska Kraków");

        Letter letter = templates.render(MailKind.COMMENT_RECEIVED, model);

        assertThat(letter.subject()).isEqualTo("Potwierdzenie przyjęcia uwagi do projektu programu współpracy (C-1)");
        assertThat(letter.body()).startsWith("Szanowni Państwo,")
                .contains("Numer uwagi: C-1\nOrganizacja: Fundacja Łąka\nCzęść projektu: § 4 ust. 2\n")
                .contains("do 23 października 2026 włącznie").doesNotContain("Osoba do kontaktu").doesNotContain("{{");
    }

    @Test
    void listsRenderOneBlockPerItem() {
        Map<String, Object> model = new HashMap<>();
        model.put("teamName", "Zespół branżowy: Kultura i sztuka");
        model.put("count", 2);
        model.put("municipality", "Gmina Miejska Kraków");
        model.put("tasklistUrl", "http://localhost:8080/camunda/app/tasklist/default/");
        model.put("period", "godzinę");
        Map<String, Object> withDue = new HashMap<>(Map.of("name", "Rozpatrz propozycję", "process", "Propozycja",
                "due", "1 lipca 2026", "link", "http://x/#/?task=1"));
        Map<String, Object> withoutDue = new HashMap<>(Map.of("name", "Przygotuj część", "link", "http://x/#/?task=2"));
        withoutDue.put("process", null);
        withoutDue.put("due", null);
        model.put("tasks", List.of(withDue, withoutDue));

        Letter letter = templates.render(MailKind.TASK_DIGEST, model);

        assertThat(letter.subject()).isEqualTo("Nowe zadania (2) – Zespół branżowy: Kultura i sztuka");
        assertThat(letter.body()).contains("- Rozpatrz propozycję (Propozycja)\n  Termin: 1 lipca 2026\n  Otwórz w Tasklist: http://x/#/?task=1\n")
                .contains("- Przygotuj część\n  Otwórz w Tasklist: http://x/#/?task=2\n")
                .contains("najwyżej raz na godzinę");
    }

    @Test
    void aVariableMissingFromTheModelIsAnError() {
        assertThatThrownBy(() -> templates.render(MailKind.COMMENT_RECEIVED, Map.of("externalRef", "C-1")))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void polishDates() {
        ZoneId warsaw = ZoneId.of("Europe/Warsaw");
        assertThat(MailTemplates.day(LocalDate.of(2026, 10, 23))).isEqualTo("23 października 2026");
        assertThat(MailTemplates.deadline(LocalDate.of(2026, 9, 15).atStartOfDay(warsaw).toInstant(), warsaw))
                .as("a due date at the midnight ending 14 September").isEqualTo("14 września 2026");
        assertThat(MailTemplates.deadline(LocalDate.of(2026, 9, 15).atTime(12, 30).atZone(warsaw).toInstant(), warsaw))
                .isEqualTo("15 września 2026, 12:30");
        assertThat(MailTemplates.lastDayBefore(LocalDate.of(2026, 10, 24).atStartOfDay(warsaw).toInstant(), warsaw))
                .isEqualTo("23 października 2026");
    }

    @Test
    void backoffDoublesUpToItsCap() {
        Duration first = Duration.ofMinutes(1);
        Duration max = Duration.ofHours(6);
        assertThat(NotificationProperties.backoff(1, first, max)).isEqualTo(Duration.ofMinutes(1));
        assertThat(NotificationProperties.backoff(2, first, max)).isEqualTo(Duration.ofMinutes(2));
        assertThat(NotificationProperties.backoff(4, first, max)).isEqualTo(Duration.ofMinutes(8));
        assertThat(NotificationProperties.backoff(20, first, max)).isEqualTo(max);
        assertThat(NotificationProperties.backoff(200, first, max)).isEqualTo(max);
    }
}
