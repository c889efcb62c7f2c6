/**
 * Follow-up and evaluation: snapshots of the strategy's indicators (the baseline at its start, the one-year follow-up,
 * the two-year evaluation, and on demand) and the report that compares two of them, as a page, PDF and XLSX.
 */
package dk.kompetencenet.followup;
