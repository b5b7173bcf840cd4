/**
 * A local stand-in for Safe's Transaction Service, implementing the endpoints
 * `@safe-global/api-kit` 5 calls for proposals (see its dist/esm/index.mjs): propose, read one,
 * list pending, confirm, and the Safe's info (nonce, owners, threshold). It checks what the real
 * service checks that matters here: signatures recover to the claimed sender, who is an owner.
 */
import { type Server, type ServerResponse, createServer } from "node:http";

import { createCitySyncPublicClient, recoverOwnerSignature, type ProviderLike } from "@citysync/sdk";
import { type Address, type Hex, getAddress, parseAbi } from "viem";

const safeAbi = parseAbi([
  "function nonce() view returns (uint256)",
  "function getOwners() view returns (address[])",
  "function getThreshold() view returns (uint256)",
]);

interface StoredTransaction {
  safe: Address;
  to: string;
  value: string;
  data: string | null;
  operation: number;
  gasToken: string;
  safeTxGas: string;
  baseGas: string;
  gasPrice: string;
  refundReceiver: string;
  nonce: string;
  safeTxHash: Hex;
  proposer: Address;
  submissionDate: string;
  origin: string | null;
  confirmations: { owner: Address; signature: Hex; signatureType: "EOA" }[];
}

export class FakeSafeTransactionService {
  readonly transactions = new Map<string, StoredTransaction>();
  private readonly client;

  constructor(provider: ProviderLike) {
    this.client = createCitySyncPublicClient(provider);
  }

  private async safeInfo(safe: Address) {
    const [nonce, owners, threshold] = await Promise.all([
      this.client.readContract({ address: safe, abi: safeAbi, functionName: "nonce" }),
      this.client.readContract({ address: safe, abi: safeAbi, functionName: "getOwners" }),
      this.client.readContract({ address: safe, abi: safeAbi, functionName: "getThreshold" }),
    ]);
    return {
      address: safe,
      nonce: nonce.toString(),
      owners: owners.map((o) => getAddress(o)),
      threshold: Number(threshold),
    };
  }

  private async confirmation(safe: Address, hash: Hex, signature: Hex, claimed?: string) {
    const owner = await recoverOwnerSignature(hash, signature);
    if (claimed && getAddress(claimed) !== owner) throw new Error(`signature is by ${owner}, not ${claimed}`);
    if (!(await this.safeInfo(safe)).owners.includes(owner)) throw new Error(`${owner} is not an owner`);
    return { owner, signature, signatureType: "EOA" as const };
  }

  private async route(method: string, url: URL, body: Record<string, unknown>): Promise<[number, unknown]> {
    const p = url.pathname.replace(/\/+$/, "").split("/").filter(Boolean);
    // /api/v1/safes/{safe}
    if (method === "GET" && p[1] === "v1" && p[2] === "safes" && p.length === 4) {
      return [200, await this.safeInfo(getAddress(p[3]!))];
    }
    // /api/v2/safes/{safe}/multisig-transactions
    if (p[1] === "v2" && p[2] === "safes" && p[4] === "multisig-transactions") {
      const safe = getAddress(p[3]!);
      if (method === "POST") {
        const hash = body.contractTransactionHash as Hex;
        const first = await this.confirmation(safe, hash, body.signature as Hex, body.sender as string);
        const existing = this.transactions.get(hash);
        const tx: StoredTransaction = existing ?? {
          safe,
          to: getAddress(body.to as string),
          value: String(body.value),
          data: (body.data as string) ?? null,
          operation: Number(body.operation),
          gasToken: body.gasToken as string,
          safeTxGas: String(body.safeTxGas),
          baseGas: String(body.baseGas),
          gasPrice: String(body.gasPrice),
          refundReceiver: body.refundReceiver as string,
          nonce: String(body.nonce),
          safeTxHash: hash,
          proposer: first.owner,
          submissionDate: new Date().toISOString(),
          origin: (body.origin as string) ?? null,
          confirmations: [],
        };
        if (!tx.confirmations.some((c) => c.owner === first.owner)) tx.confirmations.push(first);
        this.transactions.set(hash, tx);
        return [201, {}];
      }
      const from = BigInt(url.searchParams.get("nonce__gte") ?? "0");
      const results = [...this.transactions.values()].filter(
        (t) => t.safe === safe && BigInt(t.nonce) >= from,
      );
      return [200, { count: results.length, next: null, previous: null, results }];
    }
    // /api/v2/multisig-transactions/{hash}
    if (method === "GET" && p[1] === "v2" && p[2] === "multisig-transactions" && p.length === 4) {
      const tx = this.transactions.get(p[3]!.toLowerCase());
      return tx ? [200, tx] : [404, { detail: "Not found." }];
    }
    // /api/v1/multisig-transactions/{hash}/confirmations
    if (method === "POST" && p[1] === "v1" && p[2] === "multisig-transactions" && p[4] === "confirmations") {
      const tx = this.transactions.get(p[3]!.toLowerCase());
      if (!tx) return [404, { detail: "Not found." }];
      const confirmation = await this.confirmation(tx.safe, tx.safeTxHash, body.signature as Hex);
      if (!tx.confirmations.some((c) => c.owner === confirmation.owner)) tx.confirmations.push(confirmation);
      return [201, { signature: confirmation.signature }];
    }
    return [404, { detail: `No route ${method} ${url.pathname}` }];
  }

  /** Listens on 127.0.0.1:`port`; the base URL to give api-kit is `${url}/api`. */
  listen(port: number): Promise<{ server: Server; url: string }> {
    const send = (response: ServerResponse, status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (c: Buffer) => chunks.push(c));
      request.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        const url = new URL(request.url ?? "/", "http://localhost");
        this.route(
          request.method ?? "GET",
          url,
          text ? (JSON.parse(text) as Record<string, unknown>) : {},
        ).then(
          ([status, body]) => send(response, status, body),
          (error: unknown) => send(response, 422, { detail: (error as Error).message }),
        );
      });
    });
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${port}/api` }));
    });
  }
}
