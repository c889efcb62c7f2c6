/**
 * Demo data for trying Kompetencenet out: a handful of institutions with staff and one account per role, loaded from
 * {@code seed/demo/} through the features' own services when {@code kompetencenet.demo} is on and the database is empty;
 * with {@code kompetencenet.demo.size=large}, then a large generated municipality on top ({@link
 * dk.kompetencenet.demo.LargeMunicipality}), written with plain JDBC for speed.
 */
package dk.kompetencenet.demo;
