package pl.wspolnie.programme;

/** Supporting (wspieranie, part funding) or entrusting (powierzanie, full funding), art. 11. */
public enum FundingMode {
    WSPIERANIE("Wspieranie"),
    POWIERZANIE("Powierzanie");

    private final String label;

    FundingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
