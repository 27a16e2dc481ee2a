package pl.wspolnie.meeting;

/** A team planned a meeting; its process starts (sector-meeting.bpmn). */
public record MeetingPlanned(Long meetingId, Long programmeId) {
}
