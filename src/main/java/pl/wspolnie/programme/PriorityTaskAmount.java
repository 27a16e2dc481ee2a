package pl.wspolnie.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** The amount (PLN, exact to the grosz) a priority task plans for one budget year. */
@Entity
public class PriorityTaskAmount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int budgetYear;
    private BigDecimal amount;

    protected PriorityTaskAmount() {
    }

    PriorityTaskAmount(int budgetYear, BigDecimal amount) {
        this.budgetYear = budgetYear;
        this.amount = amount;
    }

    void add(BigDecimal more) {
        this.amount = this.amount.add(more);
    }

    public int getBudgetYear() { return budgetYear; }
    public BigDecimal getAmount() { return amount; }
}
