import { expect } from "chai";
import ical, { type VEvent } from "node-ical";

import { buildCalendar, foldLine, localStamp, vtimezone } from "./icalendar.ts";

/** node-ical gives a property with parameters (LANGUAGE=…) as { params, val }. */
const value = (p: unknown): string => (typeof p === "string" ? p : String((p as { val: unknown }).val));

describe("iCalendar feed (RFC 5545)", () => {
  const updated = new Date("2026-01-10T12:00:00Z");
  const text = buildCalendar(
    {
      name: "Berkeley — open opportunities",
      timeZone: "America/Los_Angeles",
      language: "en",
      events: [
        {
          uid: "opportunity-1@citysync",
          start: new Date("2026-03-07T17:00:00Z"), // 09:00 PST, the day before DST starts
          end: new Date("2026-03-09T01:00:00Z"), // 18:00 PDT
          summary: "Food sorting shift; bring gloves, please",
          description: "Sort and pack donated food.\nLine two with a long text ".repeat(4),
          location: "2nd Street",
          categories: ["food-security"],
          updated,
        },
        {
          uid: "opportunity-2@citysync",
          start: new Date("2026-07-01T16:00:00Z"),
          end: null,
          summary: "Árboles 🌳 en el parque",
          updated,
        },
      ],
    },
    new Date("2026-02-01T00:00:00Z"),
  );

  it("parses with a real iCalendar parser, with the city's wall times", () => {
    const parsed = ical.sync.parseICS(text);
    const events = Object.values(parsed).filter((c) => c?.type === "VEVENT") as VEvent[];
    expect(events.map((e) => e.uid)).to.deep.equal(["opportunity-1@citysync", "opportunity-2@citysync"]);
    const [first, second] = events;
    expect(first!.start.toISOString()).to.equal("2026-03-07T17:00:00.000Z");
    expect(first!.end!.toISOString()).to.equal("2026-03-09T01:00:00.000Z");
    expect(value(first!.summary)).to.equal("Food sorting shift; bring gloves, please");
    expect(value(first!.description)).to.contain("\nLine two");
    expect(value(second!.summary)).to.equal("Árboles 🌳 en el parque");
    expect(Object.values(parsed).some((c) => c?.type === "VTIMEZONE")).to.be.true;
  });

  it("writes local times with TZID, UTC DTSTAMP, CRLF and lines of at most 75 octets", () => {
    expect(text).to.contain("DTSTART;TZID=America/Los_Angeles:20260307T090000\r\n");
    expect(text).to.contain("DTEND;TZID=America/Los_Angeles:20260308T180000\r\n");
    expect(text).to.contain("DTSTAMP:20260201T000000Z\r\n");
    expect(text).to.contain("SUMMARY;LANGUAGE=en:Food sorting shift\\; bring gloves\\, please");
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).to.be.at.most(75);
    expect(text.replace(/\r\n/g, "")).not.to.contain("\n");
  });

  it("builds VTIMEZONE transitions from the tz database, and a fixed zone without DST", () => {
    const la = vtimezone("America/Los_Angeles", new Date("2026-01-01Z"), new Date("2026-12-31Z")).join("\n");
    expect(la).to.contain("BEGIN:DAYLIGHT\nDTSTART:20260308T020000\nTZOFFSETFROM:-0800\nTZOFFSETTO:-0700");
    expect(la).to.contain("BEGIN:STANDARD\nDTSTART:20261101T020000\nTZOFFSETFROM:-0700\nTZOFFSETTO:-0800");
    const mx = vtimezone("America/Mexico_City", new Date("2026-01-01Z"), new Date("2026-12-31Z")).join("\n");
    expect(mx).to.contain("TZOFFSETFROM:-0600\nTZOFFSETTO:-0600");
    expect(localStamp(new Date("2026-03-01T15:00:00Z"), "America/Mexico_City")).to.equal("20260301T090000");
  });

  it("never splits a multi-byte character when folding", () => {
    const folded = foldLine(`SUMMARY:${"é".repeat(100)}`);
    for (const part of folded.split("\r\n ")) expect(part).not.to.contain("\uFFFD");
    expect(folded.split("\r\n ").join("")).to.equal(`SUMMARY:${"é".repeat(100)}`);
  });

  it("refuses an unknown time zone", () => {
    expect(() => buildCalendar({ name: "x", timeZone: "Mars/Base", language: "en", events: [] })).to.throw(
      RangeError,
    );
  });
});
