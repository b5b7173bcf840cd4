/**
 * TEMPORARY thin Safe execution path for the seed, until the SDK's Safe helpers (branch `safe`:
 * propose / sign / approveHash / execute over protocol-kit) land; then this file is deleted.
 *
 * A real Safe transaction all the same: the owners sign the EIP-712 SafeTx hash (or approve it
 * on chain with approveHash), and an owner calls execTransaction. Several calls become one
 * MultiSendCallOnly batch (DELEGATECALL), all or nothing.
 */
import {
  Contract,
  type ContractRunner,
  Interface,
  Signature,
  SigningKey,
  type Wallet,
  ZeroAddress,
  concat,
  getAddress,
  solidityPacked,
  toBeHex,
  zeroPadValue,
} from "ethers";

import { safeL2Abi } from "../lib/safe-infrastructure.ts";

export interface SafeCall {
  to: string;
  data: string;
  value?: bigint;
}

export interface SafeExecution {
  safe: string;
  /** Owners who confirm; the first one executes. Exactly `threshold` of them are used. */
  owners: readonly Wallet[];
  calls: readonly SafeCall[];
  multiSendCallOnly: string;
  /** "signatures": off-chain EIP-712 owner signatures; "approveHash": on-chain approvals. */
  confirm?: "signatures" | "approveHash";
}

const multiSendInterface = new Interface(["function multiSend(bytes transactions)"]);

function encodeMultiSend(calls: readonly SafeCall[]): string {
  const packed = concat(
    calls.map((c) => {
      const data = c.data;
      return solidityPacked(
        ["uint8", "address", "uint256", "uint256", "bytes"],
        [0, c.to, c.value ?? 0n, (data.length - 2) / 2, data],
      );
    }),
  );
  return multiSendInterface.encodeFunctionData("multiSend", [packed]);
}

export async function executeThroughSafe(
  execution: SafeExecution,
): Promise<{ hash: string; blockNumber: number }> {
  const { safe: safeAddress, owners, calls, multiSendCallOnly } = execution;
  if (calls.length === 0) throw new Error("A Safe transaction needs at least one call.");
  const executor = owners[0]!;
  const safe = new Contract(safeAddress, safeL2Abi as never, executor as ContractRunner);
  const threshold = Number(await safe.getFunction("getThreshold")());
  const signers = owners.slice(0, threshold);
  if (signers.length < threshold) throw new Error(`Safe ${safeAddress} needs ${threshold} confirmations.`);

  const single = calls.length === 1;
  const to = single ? calls[0]!.to : multiSendCallOnly;
  const value = single ? (calls[0]!.value ?? 0n) : 0n;
  const data = single ? calls[0]!.data : encodeMultiSend(calls);
  const operation = single ? 0 : 1;
  const nonce = (await safe.getFunction("nonce")()) as bigint;
  const txHash = (await safe.getFunction("getTransactionHash")(
    to,
    value,
    data,
    operation,
    0,
    0,
    0,
    ZeroAddress,
    ZeroAddress,
    nonce,
  )) as string;

  const parts: { owner: string; signature: string }[] = [];
  for (const owner of signers) {
    const address = getAddress(owner.address);
    if (execution.confirm === "approveHash") {
      if (owner !== executor) {
        const approval = await (safe.connect(owner) as Contract).getFunction("approveHash")(txHash);
        await approval.wait();
      }
      // Pre-validated signature: r = owner, s = 0, v = 1 (msg.sender or approvedHashes).
      parts.push({ owner: address, signature: concat([zeroPadValue(address, 32), toBeHex(0, 32), "0x01"]) });
    } else {
      const sig = Signature.from(new SigningKey(owner.privateKey).sign(txHash));
      parts.push({ owner: address, signature: concat([sig.r, sig.s, toBeHex(sig.v, 1)]) });
    }
  }
  parts.sort((a, b) => (BigInt(a.owner) < BigInt(b.owner) ? -1 : 1));
  const tx = await safe.getFunction("execTransaction")(
    to,
    value,
    data,
    operation,
    0,
    0,
    0,
    ZeroAddress,
    ZeroAddress,
    concat(parts.map((p) => p.signature)),
  );
  const receipt = await tx.wait();
  const success = receipt.logs.some((log: { topics: readonly string[]; data: string }) => {
    try {
      return safe.interface.parseLog(log)?.name === "ExecutionSuccess";
    } catch {
      return false;
    }
  });
  if (!success) throw new Error(`Safe ${safeAddress} transaction ${receipt.hash} failed (ExecutionFailure).`);
  return { hash: receipt.hash, blockNumber: receipt.blockNumber };
}
