package vn.vanban.roster.checks;

/**
 * One finding of the roster checks.
 *
 * @param severity ERROR when no valid document can be made from the roster, WARNING otherwise
 * @param rule     stable id of the rule, e.g. "team-size"
 * @param message  what is wrong, in Vietnamese
 * @param pointer  JSON Pointer to where it is in the roster
 */
public record Finding(Severity severity, String rule, String message, String pointer) {

    public enum Severity { ERROR, WARNING }
}
