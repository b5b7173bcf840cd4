/**
 * Who confirmed a proposal that already ran: read from the `execTransaction` that executed it
 * (its signatures as the Safe checked them), since a stored proposal only holds the off-chain
 * signatures collected before execution and the executor's own confirmation is implicit.
 */
import {
  type Address,
  type Hex,
  decodeFunctionData,
  getAddress,
  hexToNumber,
  parseAbi,
  parseAbiItem,
  size,
  slice,
} from "viem";

import type { SafeConnection } from "./connect.ts";
import type { SafeProposal } from "./proposal.ts";
import { recoverOwnerSignature } from "./signatures.ts";

const executionSuccess = parseAbiItem("event ExecutionSuccess(bytes32 indexed txHash, uint256 payment)");
const execTransactionAbi = parseAbi([
  "function execTransaction(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures) payable returns (bool)",
]);

export interface ExecutedSigner {
  owner: Address;
  /** `signature`: off-chain ECDSA; `approval`: approveHash on chain or the executing owner; `contract`: EIP-1271. */
  via: "signature" | "approval" | "contract";
}

export interface ExecutionRecord {
  transactionHash: Hex;
  blockNumber: bigint;
  executor: Address;
  signers: ExecutedSigner[];
}

/** The execution of `proposal`, or undefined when it has not run. */
export async function getExecutionRecord(
  connection: SafeConnection,
  proposal: SafeProposal,
): Promise<ExecutionRecord | undefined> {
  const logs = await connection.publicClient.getLogs({
    address: connection.safe,
    event: executionSuccess,
    args: { txHash: proposal.id },
    fromBlock: 0n,
  });
  const log = logs[0];
  if (!log?.transactionHash) return undefined;
  const tx = await connection.publicClient.getTransaction({ hash: log.transactionHash });
  const signers: ExecutedSigner[] = [];
  try {
    const { args } = decodeFunctionData({ abi: execTransactionAbi, data: tx.input });
    const signatures = args[9];
    for (let i = 0; i + 65 <= size(signatures); i += 65) {
      const part = slice(signatures, i, i + 65);
      const v = hexToNumber(slice(part, 64, 65));
      const r = slice(part, 12, 32);
      if (v === 0) signers.push({ owner: getAddress(r), via: "contract" });
      else if (v === 1) signers.push({ owner: getAddress(r), via: "approval" });
      else signers.push({ owner: await recoverOwnerSignature(proposal.id, part), via: "signature" });
    }
  } catch {
    // Executed through another contract (a module, a relayer's multicall): the event is all we know.
  }
  return {
    transactionHash: log.transactionHash,
    blockNumber: log.blockNumber,
    executor: getAddress(tx.from),
    signers,
  };
}
