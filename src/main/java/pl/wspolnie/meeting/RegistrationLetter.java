package pl.wspolnie.meeting;

/**
 * What a message to a registrant says, in Polish, ready for a template; {@code ics} is the calendar file, null
 * when the message carries none (waiting list, cancellation, reminder).
 */
public record RegistrationLetter(Long programmeId, String reference, String email, String person, String organisation,
                                 String kind, String topic, String when, String until, String place, String onlineLink,
                                 String moderator, String needs, String cancelToken, String icsFileName,
                                 String icsContentType, byte[] ics) {
}
