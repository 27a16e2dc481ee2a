package pl.wspolnie.programme;

/** Annual programme (roczny, mandatory) or multi-year programme (wieloletni, optional). */
public enum ProgrammeKind { ANNUAL, MULTI_YEAR }
