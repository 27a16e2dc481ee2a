package pl.wspolnie.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingMinutesStore extends JpaRepository<MeetingMinutes, Long> {
}
