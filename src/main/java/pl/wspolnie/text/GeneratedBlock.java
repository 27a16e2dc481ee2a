package pl.wspolnie.text;

/**
 * Content that stays generated from the cycle's data and is rendered inside the unit that carries its key: a
 * sector's priority-task table, the budget table, the account of the consultation. People edit the unit's own
 * wording; the block follows the data.
 */
public final class GeneratedBlock {

    /** The priority tasks of the unit's sector, as a table (or a note that there are none). */
    public static final String SECTOR_TASKS = "sector-tasks";
    /** The money planned, in total and by sector and budget year. */
    public static final String BUDGET = "budget";
    /** How the consultation went: dates, counts of comments, the Public Benefit Council's opinion. */
    public static final String CONSULTATION = "consultation";

    private GeneratedBlock() {
    }
}
