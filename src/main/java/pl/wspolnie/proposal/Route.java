package pl.wspolnie.proposal;

/** Who triages a proposal: the output {@code route} of proposal-routing.dmn. */
public enum Route {
    SECTOR_TEAM("zespół branżowy"),
    COORDINATION("zespół koordynacyjny");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    /** The team in Polish, as the public status page names it. */
    public String label() {
        return label;
    }
}
