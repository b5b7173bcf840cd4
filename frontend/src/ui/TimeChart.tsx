/**
 * A uPlot line chart of daily series (loaded with the dashboard only). The table fallback next
 * to it carries the same numbers for screen readers and for people who prefer numbers.
 */
import "uplot/dist/uPlot.min.css";

import { useEffect, useRef } from "react";
import uPlot from "uplot";

export interface TimeChartProps {
  label: string;
  locale: string;
  days: readonly number[];
  series: readonly { label: string; values: readonly number[]; color: string }[];
}

export default function TimeChart({ label, locale, days, series }: TimeChartProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const width = Math.max(280, Math.min(element.clientWidth || 640, 900));
    // Axis and legend dates in the reader's locale (uPlot's defaults are US English).
    const short = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric" });
    const full = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
    const plot = new uPlot(
      {
        width,
        height: 220,
        series: [
          { value: (_u, v) => (v == null ? "–" : full.format(v * 1000)) },
          ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2 })),
        ],
        axes: [{ values: (_u, splits) => splits.map((v) => short.format(v * 1000)) }, {}],
        legend: { show: true },
        cursor: { drag: { x: false, y: false } },
      },
      [days as number[], ...series.map((s) => s.values as number[])],
      element,
    );
    return () => plot.destroy();
  }, [days, series, locale]);
  return <div ref={host} className="chart" role="img" aria-label={label} />;
}
