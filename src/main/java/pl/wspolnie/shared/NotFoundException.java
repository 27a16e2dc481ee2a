package pl.wspolnie.shared;

/** The addressed thing does not exist. Answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
