package pl.wspolnie.drafting.internal.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.wspolnie.drafting.internal.redline.DocModel.Block;
import pl.wspolnie.drafting.internal.redline.RevisionText.View;

/**
 * The redline's defining property on 200 generated pairs of versions (fixed seeds): accepting all revisions gives
 * exactly the text of the newer version, rejecting all gives exactly the text of the older one, paragraph by
 * paragraph, table cells included, fields read by what they are (never their cached result). Every revision mark
 * carries the author, the date and a unique id; no field is partly revised; the newer version's bookmarks (unit
 * bookmarks on even seeds) are all there, in order, well-formed.
 */
class RedlinePropertyTest {

    static final String AUTHOR = "Referat Współpracy <ngo&gmina>";
    static final Instant DATE = Instant.parse("2025-11-23T10:15:30.456Z");
    static final String DATE_TEXT = "2025-11-23T10:15:30Z";

    @BeforeAll
    static void quiet() {
        TestLogging.quietDocx4j();
    }

    /** Seeds 1..200; {@code -Dredline.pairs=5000} tries more. */
    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Long.getLong("redline.pairs", 200)).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void acceptingGivesNewerTextAndRejectingGivesOlder(long seed) {
        RandomDocs docs = new RandomDocs(seed);
        List<Block> older = docs.document();
        List<Block> newer = docs.mutate(older);
        byte[] from = DocModel.docx(older);
        byte[] to = DocModel.docx(newer);

        byte[] redline = Redline.compare(from, to, AUTHOR, DATE);

        List<String> fromText = RevisionText.paragraphs(from, View.PLAIN);
        List<String> toText = RevisionText.paragraphs(to, View.PLAIN);
        assertSameParagraphs("accepted", RevisionText.paragraphs(redline, View.ACCEPT), toText);
        assertSameParagraphs("rejected", RevisionText.paragraphs(redline, View.REJECT), fromText);
        RevisionText.assertWellFormedRevisions(redline, AUTHOR, DATE_TEXT);
        RevisionText.assertNoRevisionInsideFields(redline);
        assertThat(RevisionText.assertWellFormedBookmarks(redline)).as("bookmarks of the newer version, in order")
                .containsExactlyElementsOf(RevisionText.assertWellFormedBookmarks(to));
        if (fromText.equals(toText)) {
            assertThat(RevisionText.revisionMarks(RevisionText.documentXml(redline))).as("marks for no change").isEmpty();
        }
    }

    /** Equal lists, or a message that shows where they part, with some paragraphs around. */
    static void assertSameParagraphs(String what, List<String> actual, List<String> expected) {
        if (actual.equals(expected)) {
            return;
        }
        int i = 0;
        while (i < actual.size() && i < expected.size() && actual.get(i).equals(expected.get(i))) {
            i++;
        }
        int from = Math.max(0, i - 2);
        throw new AssertionError(what + ": paragraph " + i + " of " + actual.size() + " (expected " + expected.size()
                + ") differs\n  actual:   " + actual.subList(from, Math.min(actual.size(), i + 3))
                + "\n  expected: " + expected.subList(from, Math.min(expected.size(), i + 3)));
    }

    /** A sample is enough for identical pairs: they exercise only the fast path. */
    static Stream<Long> everyTenthSeed() {
        return LongStream.rangeClosed(1, 20).map(i -> i * 10).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("everyTenthSeed")
    void aVersionComparedWithItselfHasNoRevisions(long seed) {
        byte[] doc = DocModel.docx(new RandomDocs(seed).document());
        byte[] redline = Redline.compare(doc, doc, AUTHOR, DATE);
        assertThat(RevisionText.revisionMarks(RevisionText.documentXml(redline))).isEmpty();
        assertThat(RevisionText.paragraphs(redline, View.PLAIN)).isEqualTo(RevisionText.paragraphs(doc, View.PLAIN));
    }
}
