package pl.wspolnie.meeting;

/** PLANNED: the team is confirming the plan (not public yet); PUBLISHED: on the public schedule; HELD: recorded. */
public enum MeetingStatus {
    PLANNED, PUBLISHED, HELD
}
