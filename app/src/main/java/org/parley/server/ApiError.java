package org.parley.server;

/**
 * The JSON body of every error answer.
 *
 * @param status    the HTTP status, repeated for clients that only see the body
 * @param error     a short reason phrase ("bad request", "not found", ...)
 * @param message   what went wrong, for a person to read
 * @param parameter the request parameter at fault, or null
 */
public record ApiError(int status, String error, String message, String parameter) {
}
