package pl.wspolnie.drafting.internal.redline;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.drafting.internal.redline.RedlineTest.elements;
import static pl.wspolnie.drafting.internal.redline.RedlineTest.redline;
import static pl.wspolnie.drafting.internal.redline.RedlineTest.text;
import static pl.wspolnie.drafting.internal.redline.RevisionText.child;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import pl.wspolnie.drafting.internal.redline.DocModel.Para;
import pl.wspolnie.drafting.internal.redline.DocModel.Table;

/**
 * Tables told apart or paired by the cells they keep (issue #11): a table whose rows were renumbered after an inserted
 * task keeps its place and shows only the new row and the new numbers; a different table is not taken for a version.
 */
class RedlineTablesTest {

    private static final Para BEFORE = Para.of("Zadania priorytetowe w sferze edukacji.");
    private static final Para AFTER = Para.of("Program wchodzi w życie z dniem 1 stycznia 2027 r.");

    @BeforeAll
    static void quiet() {
        TestLogging.quietDocx4j();
    }

    @Test
    void rowsRenumberedAfterAnInsertedTaskKeepTheirPlaceAndShowOnlyTheirNewNumbers() {
        List<String> tasks = List.of("Zajęcia pozalekcyjne dla dzieci i młodzieży w szkołach podstawowych dzielnic",
                "Wypoczynek letni i zimowy dzieci z rodzin w trudnej sytuacji życiowej",
                "Konkursy wiedzy i olimpiady przedmiotowe dla uczniów szkół ponadpodstawowych",
                "Edukacja ekologiczna mieszkańców prowadzona przez organizacje pozarządowe");
        Table older = tasks(tasks);
        List<String> newer = new ArrayList<>(tasks);
        newer.add(0, "Doradztwo zawodowe dla młodzieży");
        Document doc = redline(List.of(BEFORE, older, AFTER), List.of(BEFORE, tasks(newer), AFTER));

        List<Element> trs = elements(doc.getDocumentElement(), "tr");
        assertThat(trs).hasSize(6);
        assertThat(child(child(trs.get(1), "trPr"), "ins")).as("the inserted task's row").isNotNull();
        for (int i = 2; i < trs.size(); i++) {
            assertThat(child(trs.get(i), "trPr")).as("row %d keeps its place", i).isNull();
        }
        assertThat(elements(doc.getDocumentElement(), "delText")).extracting(Node::getTextContent)
                .containsExactly("1", "2", "3", "4");
        assertThat(elements(doc.getDocumentElement(), "del")).hasSize(4);
        assertThat(text(trs.get(2))).isEqualTo("12." + tasks.get(0) + "10 000 zł");
    }

    @Test
    void aDifferentTableInThePlaceOfAnotherIsDeletedAndInsertedWhole() {
        Table older = tasks(List.of("Zajęcia pozalekcyjne dla dzieci", "Wypoczynek letni dzieci"));
        Table newer = Table.of(List.of(List.of("Wydział", "Osoba kontaktowa", "Telefon"),
                List.of("Wydział Polityki Społecznej", "Jan Kowalski", "12 616 00 00")));
        Document doc = redline(List.of(BEFORE, older, AFTER), List.of(BEFORE, newer, AFTER));

        List<Element> trs = elements(doc.getDocumentElement(), "tr");
        assertThat(trs).hasSize(5);
        assertThat(trs).filteredOn(tr -> child(child(tr, "trPr"), "del") != null).hasSize(3);
        assertThat(trs).filteredOn(tr -> child(child(tr, "trPr"), "ins") != null).hasSize(2);
    }

    @Test
    void sameTextsWeighsTheTextsBothHoldByLength() {
        assertThat(Block.sameTexts(List.of("abc", "de"), List.of("de", "abc"))).isEqualTo(1.0);
        assertThat(Block.sameTextsInPlace(List.of("abc", "de"), List.of("de", "abc"))).isEqualTo(0.0);
        assertThat(Block.sameTextsInPlace(List.of("aaaa", "bb"), List.of("aaaa", "cc"))).isEqualTo(8.0 / 12);
        // a text held twice on one side and once on the other counts once
        assertThat(Block.sameTexts(List.of("ab", "ab"), List.of("ab", "cd"))).isEqualTo(4.0 / 8);
        assertThat(Block.sameTexts(List.of(), List.of())).isEqualTo(1.0);
        assertThat(Block.sameTexts(List.of("x"), List.of())).isEqualTo(0.0);
    }

    /** A table of tasks: a header, then "n." with the task and an amount, numbered from 1. */
    private static Table tasks(List<String> names) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Lp.", "Zadanie", "Kwota"));
        for (int i = 0; i < names.size(); i++) {
            rows.add(List.of((i + 1) + ".", names.get(i), "10 000 zł"));
        }
        return Table.of(rows);
    }
}
