/**
 * The time zone of each city, for calendars and daily records. The ledger does not carry it, so
 * it comes from configuration: CITY_TIME_ZONES="BRK=America/Los_Angeles,CDMX=America/Mexico_City"
 * (by city code), with the pilot cities as defaults and UTC for any other.
 */
const PILOT_ZONES: Record<string, string> = { BRK: "America/Los_Angeles", CDMX: "America/Mexico_City" };

export function cityTimeZones(env: string | undefined = process.env.CITY_TIME_ZONES): Record<string, string> {
  const zones = { ...PILOT_ZONES };
  for (const entry of (env ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [code, zone] = entry.split("=");
    if (!code || !zone) throw new Error(`CITY_TIME_ZONES: "${entry}" is not CODE=Area/City.`);
    new Intl.DateTimeFormat("en-US", { timeZone: zone }); // throws on an unknown zone
    zones[code.trim()] = zone.trim();
  }
  return zones;
}
