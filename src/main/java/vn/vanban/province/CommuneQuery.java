package vn.vanban.province;

/**
 * Which communes of a province to list, and in what order.
 *
 * @param search     part of the name or the code, with or without diacritics; null or blank for all
 * @param state      only communes in this state; null for all
 * @param sort       the column to order by
 * @param descending largest (or last in the alphabet) first
 */
public record CommuneQuery(String search, CommuneState state, Sort sort, boolean descending) {

    public enum Sort { NAME, STATE, TEAMS, MEMBERS }

    public static final CommuneQuery ALL = new CommuneQuery(null, null, Sort.NAME, false);

    public CommuneQuery {
        sort = sort == null ? Sort.NAME : sort;
    }
}
