/**
 * Questions the data answers: short observations on the overviews, each a sentence with its numbers and a link to the
 * page where one acts on it, each kind computed in the database by a fixed number of aggregating statements.
 */
package dk.kompetencenet.overview.observations;
