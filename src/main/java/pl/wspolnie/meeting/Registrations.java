package pl.wspolnie.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Registrations extends JpaRepository<Registration, Long> {

    /** The address's registration that holds a seat or waits; cancelled ones are history. */
    Optional<Registration> findByMeetingIdAndActiveKey(Long meetingId, String activeKey);

    Optional<Registration> findByReference(String reference);

    Optional<Registration> findByCancelToken(String token);

    boolean existsByReference(String reference);

    long countByMeetingIdAndStatus(Long meetingId, RegistrationStatus status);

    List<Registration> findByMeetingIdOrderByIdAsc(Long meetingId);

    /** The waiting list in order: who waited longest gets the next free seat. */
    List<Registration> findByMeetingIdAndStatusOrderByStatusAtAscIdAsc(Long meetingId, RegistrationStatus status);

    /** Confirmed registrations not yet reminded, of published meetings starting in [from, to). */
    @Query("select r from Registration r, Meeting m where r.meetingId = m.id and m.status = pl.wspolnie.meeting.MeetingStatus.PUBLISHED "
            + "and r.status = pl.wspolnie.meeting.RegistrationStatus.CONFIRMED and r.remindedAt is null "
            + "and m.startsAt >= ?1 and m.startsAt < ?2 order by r.id")
    List<Registration> dueForReminder(Instant from, Instant to);
}
