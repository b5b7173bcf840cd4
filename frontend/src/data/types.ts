/**
 * What the consoles work with, bigint amounts and ledger status numbers, converted from the
 * indexer API's responses (`hooks.ts`; those are typed by the types generated from its OpenAPI
 * document, `api.ts`).
 */
import type { Address, Hex } from "viem";

import type { ApiRedemption } from "./api.ts";
import type { Metadata } from "./metadata.ts";

export interface City {
  id: number;
  code: string;
  name: string;
  admin: Address;
  supply: bigint;
}

export interface Organization {
  id: number;
  cityId: number;
  account: Address;
  /** 1 active, 2 suspended. */
  status: number;
  budget: bigint;
  /** Credits attested this epoch, and what the budget still allows. */
  usedThisEpoch: bigint;
  remainingThisEpoch: bigint;
  meta: Metadata;
}

/** A staff key that attests for an organization up to a cap per epoch. */
export interface Delegate {
  address: Address;
  cap: bigint;
  /** Credits attested by this delegate in the current epoch. */
  usedThisEpoch: bigint;
}

export interface Opportunity {
  id: number;
  orgId: number;
  cityId: number;
  creditsPerUnit: number;
  capacity: bigint;
  used: bigint;
  start: number;
  end: number;
  /** 1 open, 2 closed. */
  status: number;
  meta: Metadata;
}

export interface Offer {
  id: number;
  orgId: number;
  price: bigint;
  stock: number;
  sold: number;
  perResidentLimit: number;
  start: number;
  end: number;
  /** 1 active, 2 closed. */
  status: number;
  acceptedCities: number[];
  meta: Metadata;
}

export interface Contribution {
  participant: Address;
  orgId: number;
  seq: bigint;
  cityId: number;
  opportunityId: number;
  units: bigint;
  credits: bigint;
  blockNumber: bigint;
  transactionHash: Hex;
  revoked?: { reason: number; credits: bigint };
}

/** Redemption statuses (the ledger numbers them; the API names them the same way). */
export type RedemptionState = ApiRedemption["status"];

export interface Redemption {
  offerId: number;
  seq: number;
  resident: Address;
  cityId: number;
  credits: bigint;
  state: RedemptionState;
  blockNumber: bigint;
  transactionHash: Hex;
}
