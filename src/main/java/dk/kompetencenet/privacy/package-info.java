/**
 * Personal data as GDPR asks: everything held about one person exported (art. 15 and 20) as JSON and PDF, and people
 * who left erased by anonymisation once the retention period has passed (art. 5(1)(e) and 17), keeping the strategy's
 * figures. Reads every feature, so it sits beside {@code overview}.
 */
package dk.kompetencenet.privacy;
