/**
 * Running Kompetencenet: online backups of the database and the uploaded files (an administrator's page and
 * {@code /api/admin/backups}), and the health checks behind {@code /health/ready} and {@code /health/live}. Depends on
 * {@code platform} only.
 */
package dk.kompetencenet.operations;
