/*
 * Extender of every calendar view (WEB-INF/tags/calendar.xhtml): weeks start on Monday, as ISO 8601 and Danish
 * calendars have them, and week numbers read "Uge 9" / "Week 9" in the page's language (the text comes from the
 * message bundle through the data-week-text attribute around the calendar). PrimeFaces' schedule has no attribute
 * for FullCalendar's firstDay, and its locale leaves FullCalendar on Sunday even with ISO week numbers.
 *
 * On a phone (the same width as the stacked tables in css/kompetencenet.css, 40rem) a month grid or a week of time
 * slots is unreadable, so a calendar that offers a list view among its view buttons opens in that list view; the
 * buttons stay, so a person can still choose the month. Decided once, when the page loads.
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
    var narrow = window.matchMedia && window.matchMedia('(max-width: 40rem)').matches;
    var toolbar = options.headerToolbar || {};
    var views = [toolbar.start, toolbar.center, toolbar.end, toolbar.left, toolbar.right].join(',').split(/[\s,]+/);
    var list = views.filter(function (view) { return /^list/.test(view); })[0];
    if (narrow && list && !/^list/.test(options.initialView || '')) {
        options.initialView = list;
    }
};
