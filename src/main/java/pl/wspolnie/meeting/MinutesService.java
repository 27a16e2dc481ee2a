package pl.wspolnie.meeting;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.TooLargeException;

/** The minutes (notatka) of a meeting: an uploaded file kept in our table, at most {@link MeetingMinutes#MAX_BYTES}. */
@Service
@Transactional
public class MinutesService {

    public record MinutesFile(String fileName, String contentType, byte[] bytes) {
    }

    private final MeetingMinutesStore store;
    private final MeetingService meetings;
    private final ChangeHistory history;
    private final CurrentUser currentUser;
    private final Clock clock;

    MinutesService(MeetingMinutesStore store, MeetingService meetings, ChangeHistory history, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.meetings = meetings;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Stores the file as the minutes; its media type is the one of its kind (its extension, which the API checks),
     * never what the client claims: a claimed type nobody can parse broke every later download (500), a claimed
     * {@code text/html} was served as such.
     */
    public void upload(Long meetingId, String fileName, byte[] bytes) {
        Meeting meeting = meetings.get(meetingId);
        if (bytes != null && bytes.length > MeetingMinutes.MAX_BYTES) {
            throw new TooLargeException("file", "the minutes may have at most " + MeetingMinutes.MAX_BYTES + " bytes");
        }
        String name = fileName == null ? null : fileName.replaceAll("[\\\\/]", "_").strip();
        new FieldErrors().check(bytes != null && bytes.length > 0, "file", "is required")
                .required(name, "file").maxLength(name, 255, "file").throwIfAny();
        String type = typeOf(name);
        MeetingMinutes minutes = store.findById(meetingId).orElseGet(() -> new MeetingMinutes(meetingId));
        minutes.replace(name, type, bytes, clock.instant(), currentUser.id());
        store.save(minutes);
        history.record(meeting.getProgrammeId(), "Meeting", meetingId, "MEETING_MINUTES", name + " (" + bytes.length + " B)");
    }

    @Transactional(readOnly = true)
    public Optional<MinutesFile> minutes(Long meetingId) {
        return store.findById(meetingId).map(m -> new MinutesFile(m.getFileName(), typeOf(m.getFileName()), m.getContent()));
    }

    private static String typeOf(String fileName) {
        return org.springframework.http.MediaTypeFactory.getMediaType(fileName)
                .orElse(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM).toString();
    }

    @Transactional(readOnly = true)
    public boolean hasMinutes(Long meetingId) {
        return store.existsById(meetingId);
    }
}
