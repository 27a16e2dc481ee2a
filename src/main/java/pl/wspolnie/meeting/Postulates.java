package pl.wspolnie.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Postulates extends JpaRepository<Postulate, Long> {

    List<Postulate> findByMeetingIdOrderByIdAsc(Long meetingId);

    List<Postulate> findByMeetingIdIn(List<Long> meetingIds);
}
