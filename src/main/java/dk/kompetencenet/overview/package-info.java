/**
 * The strategy in action, read from the records of every other feature: the initiative × institution board. Read
 * models only: this package aggregates in the database and changes nothing.
 */
package dk.kompetencenet.overview;
