package vn.vanban.roster.form;

/** What a column of the member-list form holds, in either edition. */
public enum ColumnKind {
    NUMBER, COMMUNE, TEAM, DECISION, NAME, ROLE, PHONE, NOTE
}
