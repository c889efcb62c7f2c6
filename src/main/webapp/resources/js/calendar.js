/*
 * Extender of every calendar view (WEB-INF/tags/calendar.xhtml): weeks start on Monday, as ISO 8601 and Danish
 * calendars have them, and week numbers read "Uge 9" / "Week 9" in the page's language (the text comes from the
 * message bundle through the data-week-text attribute around the calendar). PrimeFaces' schedule has no attribute
 * for FullCalendar's firstDay, and its locale leaves FullCalendar on Sunday even with ISO week numbers.
 */
window.kompetencenetCalendar = function () {
    var options = this.cfg.options;
    var weekText = this.jq.closest('[data-week-text]').attr('data-week-text');
    options.firstDay = 1;
    if (weekText) {
        options.weekText = weekText;
        options.weekTextLong = weekText;
        options.weekNumberFormat = { week: 'short' };
    }
};
