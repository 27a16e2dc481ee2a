package pl.wspolnie.notification;

/** A rendered message: one subject line and a plain-text body. */
record Letter(String subject, String body) {

    static final int MAX_SUBJECT = 500;
    static final int MAX_BODY = 100000;

    Letter {
        subject = subject.replaceAll("\\s+", " ").strip();
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
        }
        if (body.length() > MAX_BODY) {
            body = body.substring(0, MAX_BODY - 100) + "\n\n[…] Wiadomość skrócono; pełna treść w systemie Wspólnie.\n";
        }
    }
}
