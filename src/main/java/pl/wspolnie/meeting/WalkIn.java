package pl.wspolnie.meeting;

/** A participant who came without registering. */
public record WalkIn(String organisation, String person) {
}
