/**
 * Verifiable credentials for completed programmes: a PDF certificate with a public verification link and an Open
 * Badges 3.0 {@code OpenBadgeCredential} signed as a VC-JWT with the issuer's key (one key for the whole
 * municipality, kept in the database and published as a JWKS); revocation with a reason.
 */
package dk.kompetencenet.training.credential;
