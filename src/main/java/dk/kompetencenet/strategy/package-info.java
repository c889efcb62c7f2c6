/**
 * The municipality's digitalisation strategy as data: visions, focus areas, goals and initiatives (tiltag), with the
 * follow-up after one year and the evaluation after two. Seeded from {@code seed/strategy/}; coordinators edit it.
 */
package dk.kompetencenet.strategy;
