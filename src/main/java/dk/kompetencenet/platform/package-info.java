/**
 * What every feature stands on: entity base classes, the database and its migrations, configuration, messages in
 * Danish and English, the caller's roles and institution scope as a port, the audit log and one error path each for
 * pages and for REST. Imports no feature.
 */
package dk.kompetencenet.platform;
