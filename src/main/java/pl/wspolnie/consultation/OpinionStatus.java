package pl.wspolnie.consultation;

/** The Public Benefit Council gave an opinion, or did not within its period and so waived it (art. 41i ust. 2). */
public enum OpinionStatus { GIVEN, WAIVED }
