package pl.wspolnie.drafting;

/** A generated file to download: its Polish file name, media type and bytes. */
public record DraftFile(String fileName, String contentType, byte[] bytes) {
}
