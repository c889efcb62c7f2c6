/**
 * The municipality's institutions (schools, daycare, dagpleje, SI, ungdomsskole) and their staff: who works where, in
 * which job role. Staff are deactivated, never deleted, so that their history stays readable.
 */
package dk.kompetencenet.organisation;
