package pl.wspolnie.meeting;

/** CONFIRMED: has a seat; WAITING: on the waiting list (promoted in order when a seat frees); CANCELLED. */
public enum RegistrationStatus {
    CONFIRMED, WAITING, CANCELLED
}
