/**
 * Competence frameworks (DigCompEdu, evaluation competences, leaders' data competences) with their areas,
 * competences and proficiency scales, target levels per job role, and the append-only history of assessments: ratings
 * by supervisors and leaders, and self-assessments kept apart.
 */
package dk.kompetencenet.competence;
