package pl.wspolnie.security;

/**
 * The person who started a process instance from a start form reads that instance's history — their own work: a
 * department that sent a proposal from Tasklist sees the confirmation with its reference number, and later what became
 * of it, though the instance's tasks belong to a sector team.
 */
public interface StarterHistory {

    /** Lets the user of the current engine authentication read the history of the instance (no-op without one). */
    void letStarterRead(String processInstanceId);
}
