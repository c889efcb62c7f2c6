/** Gap-driven planning: the competences furthest below their job roles' targets, and theme meetings planned on them. */
package dk.kompetencenet.competence.gaps;
