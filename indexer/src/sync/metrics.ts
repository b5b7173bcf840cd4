/** Prometheus metrics of the sync engine (served on /metrics by the status endpoint). */
import { Counter, Gauge, Registry, collectDefaultMetrics } from "prom-client";

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "indexer_" });

export const metrics = {
  rpcRequests: new Counter({
    name: "indexer_rpc_requests_total",
    help: "JSON-RPC requests sent, by method",
    labelNames: ["method"],
    registers: [registry],
  }),
  rpcRetries: new Counter({
    name: "indexer_rpc_retries_total",
    help: "JSON-RPC requests retried, by method and reason",
    labelNames: ["method", "reason"],
    registers: [registry],
  }),
  rangeShrinks: new Counter({
    name: "indexer_log_range_shrinks_total",
    help: "eth_getLogs ranges shrunk after a refusal",
    registers: [registry],
  }),
  reorgs: new Counter({
    name: "indexer_reorgs_total",
    help: "Reorganizations rolled back",
    registers: [registry],
  }),
  records: new Counter({ name: "indexer_records_total", help: "Records folded", registers: [registry] }),
  indexedBlock: new Gauge({ name: "indexer_block", help: "Last block folded", registers: [registry] }),
  headBlock: new Gauge({ name: "indexer_head_block", help: "Chain head seen", registers: [registry] }),
  finalizedBlock: new Gauge({
    name: "indexer_finalized_block",
    help: "Finalized block",
    registers: [registry],
  }),
  lagBlocks: new Gauge({ name: "indexer_lag_blocks", help: "Blocks behind the head", registers: [registry] }),
};
