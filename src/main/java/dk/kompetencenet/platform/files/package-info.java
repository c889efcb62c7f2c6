/**
 * Uploaded files kept for a feature (a certificate as evidence of a completed module, later local strategy documents):
 * type checked by content, size limited, stored as a file under the data directory with its SHA-256, and its row and
 * bytes kept in step with the transaction. The owning feature checks who may read a file.
 */
package dk.kompetencenet.platform.files;
