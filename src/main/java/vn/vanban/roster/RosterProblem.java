package vn.vanban.roster;

import vn.vanban.problem.PointedError;

/**
 * One thing wrong with a roster sent to the store.
 *
 * @param pointer JSON Pointer into the body that was sent
 * @param message what is wrong, in Vietnamese
 */
public record RosterProblem(String pointer, String message) implements PointedError {
}
