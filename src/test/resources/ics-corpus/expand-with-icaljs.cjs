// Expands each master VEVENT of an .ics file with ical.js and prints occurrences in Copenhagen local time.
// Open-ended series: up to one year after the first start; at most 200 occurrences.
const ICAL = require('ical.js');
const fs = require('fs');
const file = process.argv[2];
let text = fs.readFileSync(file, 'utf8');
// Exchange CDO writes BYDAY=MO, TU: ical.js refuses the spaces, Kompetencenet ignores them; read it without them.
if (process.argv[3] === 'strip-rrule-spaces') text = text.replace(/^(RRULE:.*)$/mg, l => l.replace(/ /g, ''));
const jcal = ICAL.parse(text);
const cal = new ICAL.Component(jcal);
for (const tz of cal.getAllSubcomponents('vtimezone')) {
  if (tz.hasProperty('tzid')) ICAL.TimezoneService.register(tz); // Zimbra also writes an empty VTIMEZONE
}
const fmt = d => {
  const p = new Intl.DateTimeFormat('sv-SE', {timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false}).format(d);
  return p.replace(' ', 'T');
};
const events = cal.getAllSubcomponents('vevent');
const masters = events.filter(e => !e.hasProperty('recurrence-id'));
const out = [];
for (const m of masters) {
  const ev = new ICAL.Event(m);
  for (const o of events.filter(e => e.hasProperty('recurrence-id') && e.getFirstPropertyValue('uid') === ev.uid)) {
    ev.relateException(o);
  }
  const allDay = ev.startDate.isDate;
  const lines = [];
  const firstText = fmt(ev.startDate.toJSDate());
  const openEnded = ev.isRecurring() && !/COUNT=|UNTIL=/.test(m.getFirstPropertyValue('rrule').toString());
  const horizon = (parseInt(firstText.slice(0, 4)) + 1) + firstText.slice(4);
  if (ev.isRecurring()) {
    const it = ev.iterator();
    let next, n = 0;
    while ((next = it.next()) && n < 200) {
      const d = ev.getOccurrenceDetails(next);
      if (openEnded && fmt(d.startDate.toJSDate()) >= horizon) break;
      const status = d.item.component.getFirstPropertyValue('status');
      n++;
      if (status && status.toUpperCase() === 'CANCELLED') continue;
      lines.push(fmt(d.startDate.toJSDate()) + '/' + fmt(d.endDate.toJSDate()));
    }
  } else {
    lines.push(fmt(ev.startDate.toJSDate()) + '/' + fmt(ev.endDate.toJSDate()));
  }
  lines.sort();
  out.push({summary: ev.summary, allDay, occurrences: lines});
}
console.log('# ' + require('path').basename(file));
for (const e of out) console.log(e.summary + ' | ' + (e.allDay ? 'all-day' : 'timed') + ' | ' + e.occurrences.join(' '));
