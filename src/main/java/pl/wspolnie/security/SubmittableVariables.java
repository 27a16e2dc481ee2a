package pl.wspolnie.security;

/**
 * Which process variables a request to the engine may set (the port {@link EngineInputRules} asks; the process
 * module, which knows its processes' bound variables, answers — see ADR 0006 on ports between modules).
 */
public interface SubmittableVariables {

    /**
     * Whether a request may set the variable {@code name}; {@code startingProcessKey} is the process a start (or
     * start form) request starts, else null.
     */
    boolean submittable(String name, String startingProcessKey);
}
