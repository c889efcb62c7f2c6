/**
 * The supervisors' training: programmes (the digital didactic supervisor education, PD diploma modules, internal
 * courses) with modules and runs, enrolments and module completions, and the supervisor designations they lead to;
 * supervisor coverage per institution.
 */
package dk.kompetencenet.training;
