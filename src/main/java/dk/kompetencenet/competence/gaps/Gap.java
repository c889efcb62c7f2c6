package dk.kompetencenet.competence.gaps;

import java.io.Serializable;

import dk.kompetencenet.competence.Bilingual;
import dk.kompetencenet.organisation.JobRole;

/**
 * One competence for one job role in view: how many people of the role have a current level on it ({@code rated}; never
 * rated people are unknown and do not count), their average rank, the role's target rank, how many are below it and
 * the average distance below it (those at or above count 0). {@code selfAverage} is the average self-assessed rank in
 * the framework's latest round, {@code null} when fewer than the minimum group answered.
 */
public record Gap(Long competenceId, String code, String danish, String english, JobRole jobRole, long rated,
                  double averageRank, int targetRank, long belowTarget, double averageShortfall, long selfAnswers,
                  Double selfAverage) implements Bilingual, Serializable {
}
