/** A duration in the reader's language, in its largest whole unit (3 days, 5 hours, 10 minutes). */
export function formatDuration(seconds: number, locale: string): string {
  const units = [
    ["day", 86_400],
    ["hour", 3_600],
    ["minute", 60],
  ] as const;
  const [unit, size] = units.find(([, s]) => seconds >= s) ?? units[2];
  const value = Math.max(0, Math.round(seconds / size));
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }).format(value);
}
