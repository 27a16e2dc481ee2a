package pl.wspolnie.drafting.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import pl.wspolnie.drafting.DraftSnapshot;

/**
 * Template keys for how comments actually came in (chapter 11 of the programme, "informacja o sposobie tworzenia
 * programu oraz o przebiegu konsultacji"): only the channels recorded on the round's comments, each with its count,
 * in a fixed order. A channel no comment came by is never named; comments whose channel was not recorded are
 * counted as such.
 */
final class ConsultationAccount {

    private static final Map<String, String> CHANNELS = channels();

    private ConsultationAccount() {
    }

    private static Map<String, String> channels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("PUBLIC_FORM", "formularzem na stronie konsultacji");
        m.put("EMAIL", "pocztą elektroniczną");
        m.put("MEETING", "na spotkaniach z organizacjami");
        m.put("API", "przez interfejs systemu (API)");
        return m;
    }

    static void put(DraftSnapshot s, Map<String, Object> m) {
        List<DraftSnapshot.Comment> comments = s.consultation() == null ? List.of() : s.consultation().comments();
        Map<String, Long> byChannel = comments.stream().map(DraftSnapshot.Comment::channel).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        long unrecorded = comments.stream().filter(c -> c.channel() == null).count();
        String used = CHANNELS.entrySet().stream().filter(e -> byChannel.containsKey(e.getKey()))
                .map(e -> e.getValue() + ": " + byChannel.get(e.getKey())).collect(Collectors.joining("; "));
        m.put("commentChannelsRecorded", !used.isEmpty());
        m.put("commentChannels", used.isEmpty() ? "" : used + (unrecorded > 0 ? "; bez zapisanego sposobu zgłoszenia: " + unrecorded : ""));
    }
}
