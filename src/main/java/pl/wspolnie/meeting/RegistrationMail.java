package pl.wspolnie.meeting;

/** A registrant is due a message: published in the transaction of the change, turned into outbox mail. */
public record RegistrationMail(Long registrationId, Reason reason) {

    public enum Reason {
        /** Registered with a seat: confirmation with the calendar file. */
        CONFIRMED,
        /** Registered on the waiting list. */
        WAITING,
        /** Moved from the waiting list to a freed seat: confirmation with the calendar file. */
        PROMOTED,
        /** The day before the meeting. */
        REMINDER,
        /** Cancelled through the link. */
        CANCELLED
    }
}
