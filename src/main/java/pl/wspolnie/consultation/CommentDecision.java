package pl.wspolnie.consultation;

/** The answer to a consultation comment (uwzględniona, uwzględniona częściowo, nieuwzględniona). */
public enum CommentDecision { ACCEPTED, PARTLY_ACCEPTED, REJECTED }
