/**
 * Local strategies and procedures: the documents the strategy asks every school and daycare to have (a local digital
 * strategy, the school's strategy with its guidance on digital bullying, the procedure for digital bullying, the
 * principles for digital parent collaboration), with status, dates, owner, link, checklist, and the municipality's view
 * of who lacks what.
 */
package dk.kompetencenet.localstrategy;
