package pl.wspolnie.shared;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.web.multipart.MultipartFile;

/**
 * The checks every upload (part {@code file}) passes before its content is read, each refusal with its own Polish
 * message naming the field: the file name ({@value #NAME_FIELD}: missing, longer than {@value #MAX_NAME} characters,
 * control characters), an empty file, a file type the endpoint does not take (415). The size limit is the
 * container's ({@code spring.servlet.multipart.max-file-size}, 413 naming {@code file}).
 */
public final class Uploads {

    public static final String FIELD = "file";
    public static final String NAME_FIELD = "fileName";
    public static final int MAX_NAME = 255;

    private Uploads() {
    }

    /** The file's name without any directory part, after the checks above. */
    public static String name(MultipartFile file) {
        String original = file.getOriginalFilename();
        if (original == null || original.isBlank()) {
            throw new InvalidInputException(NAME_FIELD, "Plik nie ma nazwy: wyślij go z nazwą, np. propozycje.csv.");
        }
        String name = original.replaceAll("^.*[\\\\/]", "").strip();
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException(NAME_FIELD, "Nazwa pliku jest za długa: ma " + name.length()
                    + " znaków, dozwolone najwyżej " + MAX_NAME + ". Skróć nazwę pliku.");
        }
        if (TextInput.firstControl(name) >= 0) {
            throw new InvalidInputException(NAME_FIELD, "Nazwa pliku zawiera znak sterujący. Zmień nazwę pliku.");
        }
        if (name.isEmpty()) {
            throw new InvalidInputException(NAME_FIELD, "Plik nie ma nazwy: wyślij go z nazwą, np. propozycje.csv.");
        }
        return name;
    }

    /**
     * The content of a file whose name ends with one of {@code extensions} (lower case, without the dot), checked
     * as {@link #name} says; {@code kinds} names them for the reader ("XLSX lub CSV").
     */
    public static byte[] read(MultipartFile file, List<String> extensions, String kinds) throws IOException {
        String name = name(file);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!extensions.contains(extension)) {
            throw new UnsupportedFileException(FIELD, (extension.isEmpty() ? "Plik „" + shortened(name) + "” nie ma rozszerzenia"
                    : "Nieobsługiwany typ pliku „." + shortened(extension) + "”") + ". Przyjmujemy: " + kinds
                    + " (" + String.join(", ", extensions.stream().map(e -> "." + e).toList()) + ").");
        }
        if (file.isEmpty()) {
            throw new InvalidInputException(FIELD, "Plik „" + shortened(name) + "” jest pusty (0 bajtów). Wyślij plik z treścią.");
        }
        return file.getBytes();
    }

    private static String shortened(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
