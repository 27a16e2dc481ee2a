package pl.wspolnie.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Attendances extends JpaRepository<Attendance, Long> {

    List<Attendance> findByMeetingIdOrderByIdAsc(Long meetingId);

    List<Attendance> findByMeetingIdIn(List<Long> meetingIds);

    boolean existsByMeetingIdAndRegistrationId(Long meetingId, Long registrationId);

    long countByMeetingId(Long meetingId);
}
