/**
 * Mails that bring people back (issue 14): a meeting reminder some days before, a self-assessment reminder to those
 * who have not finished an open round (at most weekly), review dates and expiries to leaders, and a weekly digest for
 * coordinators. Jobs run from {@code platform/persistence/DailyWork}, claim their period in {@code JobClaims} and keep
 * a {@link dk.kompetencenet.reminder.SentReminder} per person, kind, subject and period, so nothing goes out twice.
 * Each person turns each kind off on their own page or through the token link in every mail, without login. Reads
 * the features it reminds of, like {@code overview}; no feature imports it.
 */
package dk.kompetencenet.reminder;
