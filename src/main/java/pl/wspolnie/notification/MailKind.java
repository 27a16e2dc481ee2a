package pl.wspolnie.notification;

/** Why a message was sent; each kind has a template in {@code src/main/resources/mail}. */
enum MailKind {
    /** To a commenter: the comment was received. */
    COMMENT_RECEIVED,
    /** To a commenter: the answers to their comments, at consultation sign-off. */
    ANSWERS_PUBLISHED,
    /** To a new subscriber of consultation news: the link that confirms the address (double opt-in). */
    SUBSCRIPTION_CONFIRMATION,
    /** To confirmed news subscribers: a consultation round opened. */
    CONSULTATION_OPENED,
    /** To the coordination team: a sector section passed its due date. */
    SECTION_OVERDUE,
    /** To the coordination team: the adoption deadline is near. */
    DEADLINE_APPROACHING,
    /** To the coordination team: the adoption deadline has passed. */
    DEADLINE_MISSED,
    /** To each member of a team: the new tasks of the team, at most once per digest period. */
    TASK_DIGEST,
    /** To a registrant of a meeting: a seat is confirmed (or freed for them from the waiting list); with the .ics. */
    MEETING_REGISTERED,
    /** To a registrant of a meeting: the meeting is full, they are on the waiting list. */
    MEETING_WAITING,
    /** To a registrant with a seat: the meeting is tomorrow. */
    MEETING_REMINDER,
    /** To a registrant: their registration is cancelled. */
    MEETING_CANCELLED
}
