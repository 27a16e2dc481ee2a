package pl.wspolnie.consultation;

/** OPEN for comments, INTAKE_CLOSED while answers are written, SIGNED_OFF when the coordination team closed it. */
public enum ConsultationStatus { OPEN, INTAKE_CLOSED, SIGNED_OFF }
