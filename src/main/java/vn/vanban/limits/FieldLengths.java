package vn.vanban.limits;

/**
 * The longest text each stored field may hold, in characters: the size of its column in the Flyway
 * migrations, so that a longer value is refused with its JSON Pointer (422) instead of overflowing the
 * column (a 500). Listed in the README ("Configuration", field lengths); the template schemas use the same
 * numbers for the same fields, and {@code TemplateSchemaLimitsTest} keeps them in step.
 */
public final class FieldLengths {

    public static final int ISSUER_NAME = 200;
    public static final int PLACE = 100;
    public static final int SYMBOL = 40;
    public static final int PERSON_NAME = 100;
    public static final int PROPOSED_BY = 400;
    public static final int EXECUTORS = 1000;
    public static final int ARCHIVE = 200;
    public static final int LEGAL_BASIS = 1000;
    public static final int RECIPIENT = 400;
    public static final int VILLAGE_KIND = 40;
    public static final int VILLAGE_NAME = 100;
    public static final int TEAM_NAME = 300;
    public static final int TEAM_SHORT_NAME = 200;
    public static final int ZALO_GROUP = 300;
    public static final int NOTE = 1000;
    public static final int POSITION = 400;
    public static final int ORGANISATION = 200;
    public static final int PHONE = 40;
    /** A key of a village, team or seat (ASCII slug). */
    public static final int KEY = 60;
    /** The communes of one account, five-digit codes joined by commas (so at most 333 communes). */
    public static final int ACCOUNT_COMMUNES = 2000;
    /** The trích yếu of a decision drawn from a roster. */
    public static final int DECISION_SUBJECT = 1000;

    private FieldLengths() {
    }
}
