/**
 * A uPlot line chart of daily series (loaded with the dashboard only). The table fallback next
 * to it carries the same numbers for screen readers and for people who prefer numbers.
 */
import "uplot/dist/uPlot.min.css";

import { useEffect, useRef } from "react";
import uPlot from "uplot";

export interface TimeChartProps {
  label: string;
  days: readonly number[];
  series: readonly { label: string; values: readonly number[]; color: string }[];
}

export default function TimeChart({ label, days, series }: TimeChartProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const width = Math.max(280, Math.min(element.clientWidth || 640, 900));
    const plot = new uPlot(
      {
        width,
        height: 220,
        series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2 }))],
        axes: [{}, {}],
        legend: { show: true },
        cursor: { drag: { x: false, y: false } },
      },
      [days as number[], ...series.map((s) => s.values as number[])],
      element,
    );
    return () => plot.destroy();
  }, [days, series]);
  return <div ref={host} className="chart" role="img" aria-label={label} />;
}
