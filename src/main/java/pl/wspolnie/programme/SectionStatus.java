package pl.wspolnie.programme;

public enum SectionStatus { NOT_STARTED, IN_PROGRESS, SUBMITTED, RETURNED, ACCEPTED }
