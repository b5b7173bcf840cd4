/**
 * iCalendar (RFC 5545) feeds of open opportunities. Written by hand rather than with
 * ical-generator: that library formats native Dates in the process's own time zone and drops
 * the UTC marker of DTSTAMP once a calendar time zone is set, and City/Sync needs exact wall
 * times in the city's zone with a VTIMEZONE built from the runtime's tz database (Intl).
 */

export interface CalendarEvent {
  uid: string;
  start: Date;
  end: Date | null;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  categories?: string[];
  /** When the event's facts last changed (block time), for DTSTAMP / LAST-MODIFIED. */
  updated: Date;
}

export interface CalendarFeed {
  name: string;
  /** IANA zone the times are written in, e.g. "America/Mexico_City". */
  timeZone: string;
  language: string;
  events: CalendarEvent[];
}

const PRODID = "-//City/Sync//Civic opportunities//EN";

/** TEXT escaping (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > limit) {
      out.push(current);
      current = "";
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

const two = (n: number) => String(n).padStart(2, "0");

export function utcStamp(date: Date): string {
  return `${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}T${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`;
}

/** The wall-clock time of `date` in `timeZone`, as an iCalendar local DATE-TIME. */
export function localStamp(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** UTC offset of `timeZone` at `date`, in minutes. */
export function offsetMinutes(date: Date, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(date).find((p) => p.type === "timeZoneName")!.value; // "GMT-06:00" or "GMT"
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${two(Math.floor(abs / 60))}${two(abs % 60)}`;
}

/** Instants (to the minute) where the zone's offset changes between two dates. */
function transitions(timeZone: string, from: Date, to: Date): Date[] {
  const found: Date[] = [];
  const day = 86_400_000;
  for (let t = from.getTime(); t < to.getTime(); t += day) {
    if (offsetMinutes(new Date(t), timeZone) === offsetMinutes(new Date(t + day), timeZone)) continue;
    let lo = t;
    let hi = t + day;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 2 / 60_000) * 60_000;
      if (offsetMinutes(new Date(mid), timeZone) === offsetMinutes(new Date(lo), timeZone)) lo = mid;
      else hi = mid;
    }
    found.push(new Date(hi));
  }
  return found;
}

const vtimezones = new Map<string, string[]>();

/** A VTIMEZONE with every transition between the earliest and the latest event (explicit DTSTARTs). */
export function vtimezone(timeZone: string, from: Date, to: Date): string[] {
  const cacheKey = `${timeZone}|${from.getUTCFullYear()}|${to.getUTCFullYear()}`;
  const cached = vtimezones.get(cacheKey);
  if (cached) return cached;
  const lines = buildVtimezone(timeZone, from, to);
  if (vtimezones.size > 1000) vtimezones.clear();
  vtimezones.set(cacheKey, lines);
  return lines;
}

function buildVtimezone(timeZone: string, from: Date, to: Date): string[] {
  const start = new Date(Date.UTC(from.getUTCFullYear(), 0, 1));
  const end = new Date(Date.UTC(to.getUTCFullYear() + 1, 0, 1));
  const changes = transitions(timeZone, start, end);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  const initial = offsetMinutes(start, timeZone);
  if (changes.length === 0) {
    lines.push(
      "BEGIN:STANDARD",
      `DTSTART:${localStamp(start, "UTC")}`,
      `TZOFFSETFROM:${formatOffset(initial)}`,
      `TZOFFSETTO:${formatOffset(initial)}`,
      "END:STANDARD",
    );
  }
  const offsets = [initial, ...changes.map((c) => offsetMinutes(c, timeZone))];
  const standard = Math.min(...offsets);
  let before = initial;
  for (const change of changes) {
    const after = offsetMinutes(change, timeZone);
    const kind = after > standard ? "DAYLIGHT" : "STANDARD";
    // DTSTART is the local time just before the change, in the offset in force before it.
    const localBefore = new Date(change.getTime() + before * 60_000);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(localBefore, "UTC")}`,
      `TZOFFSETFROM:${formatOffset(before)}`,
      `TZOFFSETTO:${formatOffset(after)}`,
      `END:${kind}`,
    );
    before = after;
  }
  lines.push("END:VTIMEZONE");
  return lines;
}

export function buildCalendar(feed: CalendarFeed, now: Date = new Date()): string {
  // Throws a RangeError on a zone the runtime does not know, before anything is written.
  new Intl.DateTimeFormat("en-US", { timeZone: feed.timeZone });
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(feed.name)}`,
    `X-WR-TIMEZONE:${feed.timeZone}`,
  ];
  if (feed.events.length > 0) {
    const times = feed.events.flatMap((e) => [e.start.getTime(), (e.end ?? e.start).getTime()]);
    lines.push(...vtimezone(feed.timeZone, new Date(Math.min(...times)), new Date(Math.max(...times))));
  }
  const tz = feed.timeZone;
  for (const event of feed.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(now)}`,
      `LAST-MODIFIED:${utcStamp(event.updated)}`,
      `DTSTART;TZID=${tz}:${localStamp(event.start, tz)}`,
    );
    if (event.end) lines.push(`DTEND;TZID=${tz}:${localStamp(event.end, tz)}`);
    lines.push(`SUMMARY;LANGUAGE=${feed.language}:${escapeText(event.summary)}`);
    if (event.description)
      lines.push(`DESCRIPTION;LANGUAGE=${feed.language}:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(",")}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
