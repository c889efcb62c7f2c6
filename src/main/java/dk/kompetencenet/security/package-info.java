/**
 * User accounts, login (form for pages, HTTP Basic for the REST API, one identity store with PBKDF2 hashes) and the
 * {@link dk.kompetencenet.platform.security.Caller} the services ask about roles and institution scope.
 */
package dk.kompetencenet.security;
