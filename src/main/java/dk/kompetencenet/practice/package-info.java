/**
 * Room to experiment, and the equipment to do it with: each institution's log of experiments with technology (what,
 * who, age group, outcome, shared with the network or not) and its register of equipment needs moving from requested
 * through approved and delivered to in use (or rejected), both linked to the strategy's initiatives.
 */
package dk.kompetencenet.practice;
