package pl.wspolnie.notification;

/** A file to attach to a message: its name, media type and bytes. */
record MailFile(String fileName, String contentType, byte[] bytes) {
}
