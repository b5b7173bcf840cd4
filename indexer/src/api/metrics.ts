/** Prometheus metrics of one API instance (its own registry, so several can live in a test). */
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export interface ApiMetrics {
  registry: Registry;
  requests: Counter<"method" | "route" | "status">;
  duration: Histogram<"method" | "route">;
  webhookDeliveries: Counter<"outcome">;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): ApiMetrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: "citysync_api_" });
  return {
    registry,
    requests: new Counter({
      name: "citysync_api_requests_total",
      help: "HTTP requests answered, by route template and status.",
      labelNames: ["method", "route", "status"],
      registers: [registry],
    }),
    duration: new Histogram({
      name: "citysync_api_request_duration_seconds",
      help: "Time to answer an HTTP request, by route template.",
      labelNames: ["method", "route"],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.015, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    webhookDeliveries: new Counter({
      name: "citysync_webhook_deliveries_total",
      help: "Webhook delivery attempts, by outcome (delivered, retry, dead).",
      labelNames: ["outcome"],
      registers: [registry],
    }),
  };
}
