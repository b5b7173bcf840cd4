// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/**
 * @title City/Sync data model
 * @notice Every struct, enum and EIP-712 typehash of the civic credit ledger lives in this file.
 * Stored records (`*State`) are bit-packed for gas and never returned directly; request types
 * (`*Params`, `Signed*`, `*Proof`) are what callers send; view types (`*Info`) are what getters return.
 *
 * Identifier widths: city id `uint32`, organization id `uint32`, opportunity and offer ids `uint48`,
 * attestation sequence (per organization) `uint48`, redemption sequence (per offer) `uint32`.
 * Credit amounts are whole credits (the ERC-20 view reports 0 decimals).
 */

/// @notice Lifecycle of an organization. `None` means "not onboarded".
enum OrgStatus {
    None,
    Active,
    Suspended
}

/// @notice Lifecycle of an opportunity. `None` means "does not exist".
enum OpportunityStatus {
    None,
    Open,
    Closed
}

/// @notice Lifecycle of an offer. `None` means "does not exist".
enum OfferStatus {
    None,
    Active,
    Closed
}

/// @notice Lifecycle of one redemption. `None` means "sequence not issued yet".
enum RedemptionStatus {
    None,
    Redeemed,
    Fulfilled,
    Refunded
}

// ---------------------------------------------------------------------------------------------
// Stored records (packed, one slot each)
// ---------------------------------------------------------------------------------------------

/**
 * @notice Per-city hot slot, written by every mint and burn in the city.
 * @param head Rolling commitment (truncated keccak-256, 192 bits) over every attestation batch and
 * redemption recorded in the city, in order.
 * @param supply Credits in circulation in the city (sum of all spendable balances).
 * @param paused Mirror of the network pause flag, kept here so hot paths read it for free.
 * @param sinceCheckpoint Records appended since the last automatic checkpoint (wraps at 256).
 */
struct CityState {
    uint192 head;
    uint48 supply;
    bool paused;
    uint8 sinceCheckpoint;
}

/**
 * @notice Per-organization hot slot, written by every attestation of the organization.
 * @param status Active or suspended.
 * @param cityId The organization's city (fixed at onboarding).
 * @param budget Credits the organization may mint per epoch.
 * @param epochMinted Credits minted in `epoch`.
 * @param epoch Index of the epoch `epochMinted` refers to (`block.timestamp / epochDuration`).
 * @param nextSeq Sequence number of the organization's next attestation row.
 */
struct OrgState {
    OrgStatus status;
    uint32 cityId;
    uint64 budget;
    uint64 epochMinted;
    uint32 epoch;
    uint48 nextSeq;
}

/**
 * @notice Authorization of one attester of an organization: its account or a delegate (staff key).
 * The organization account has an entry with `isAccount = true` so that both kinds of caller are
 * authorized with one storage read.
 * @param active Whether the address may currently attest for the organization.
 * @param isAccount True for the organization account (no cap of its own), false for a delegate.
 * @param cap Credits a delegate may mint per epoch (at most the organization budget when set).
 * @param epochMinted Credits minted by the delegate in `epoch`.
 * @param epoch Index of the epoch `epochMinted` refers to.
 * @param generation Bumped each time the delegate is revoked, so that its earlier signatures never work again
 * (the low half of the authorization generation, see `SignedAttestation.generation`).
 */
struct DelegateState {
    bool active;
    bool isAccount;
    uint64 cap;
    uint64 epochMinted;
    uint32 epoch;
    uint32 generation;
}

/**
 * @notice One opportunity, one slot.
 * @param orgId Publishing organization.
 * @param creditsPerUnit Credits per attested unit; immutable after publication.
 * @param capacity Maximum units that may ever be attested.
 * @param used Units attested so far.
 * @param start First second at which attestations are accepted.
 * @param end Last second at which attestations are accepted.
 * @param status Open or closed.
 */
struct OpportunityState {
    uint32 orgId;
    uint32 creditsPerUnit;
    uint48 capacity;
    uint48 used;
    uint40 start;
    uint40 end;
    OpportunityStatus status;
}

/**
 * @notice One offer's hot slot.
 * @param orgId Offering organization.
 * @param price Credits burned per redemption.
 * @param stock Redemptions still available.
 * @param sold Redemptions made so far (also the next redemption sequence).
 * @param start First second at which redemptions are accepted.
 * @param end Last second at which redemptions are accepted.
 * @param flags Bit 0: active; bit 1: accepts the organization's own city; bit 2: has a per-resident limit.
 */
struct OfferState {
    uint32 orgId;
    uint64 price;
    uint32 stock;
    uint32 sold;
    uint40 start;
    uint40 end;
    uint8 flags;
}

/**
 * @notice Cold data of a city.
 * @param admin City admin account (a Safe).
 * @param code Short code, e.g. "BRK".
 * @param name Display name, e.g. "Berkeley".
 */
struct CityMeta {
    address admin;
    string code;
    string name;
}

/**
 * @notice A pending wallet recovery. While it is pending the old address cannot redeem in the city.
 * @param to Address that receives the balance, lifetime credits and revocation shortfall.
 * @param executableAt First second at which the recovery may be executed (and last second it may be
 * contested).
 * @param contested The old address contested it: only the network admin can now approve or reject it.
 */
struct RecoveryState {
    address to;
    uint40 executableAt;
    bool contested;
}

// ---------------------------------------------------------------------------------------------
// Request types
// ---------------------------------------------------------------------------------------------

/**
 * @notice Parameters of a new opportunity.
 * @param creditsPerUnit Credits minted per attested unit (> 0, immutable).
 * @param capacity Maximum units (> 0).
 * @param start First second attestations are accepted.
 * @param end Last second attestations are accepted (>= start).
 * @param metadata Public compact JSON (title, description, category, place label, language), at most
 * `MAX_METADATA_BYTES` bytes. Emitted in full; only its keccak-256 hash is stored.
 */
struct OpportunityParams {
    uint32 creditsPerUnit;
    uint48 capacity;
    uint40 start;
    uint40 end;
    string metadata;
}

/**
 * @notice Parameters of a new offer.
 * @param price Credits per redemption (> 0).
 * @param stock Number of redemptions available.
 * @param perResidentLimit Maximum redemptions per resident (0 = unlimited).
 * @param start First second redemptions are accepted.
 * @param end Last second redemptions are accepted (>= start).
 * @param acceptedCities Cities whose credits are accepted (at least one, no duplicates).
 * @param metadata Public compact JSON, at most `MAX_METADATA_BYTES` bytes.
 */
struct OfferParams {
    uint64 price;
    uint32 stock;
    uint32 perResidentLimit;
    uint40 start;
    uint40 end;
    uint32[] acceptedCities;
    string metadata;
}

/**
 * @notice An attestation batch signed off-chain by the organization account or a delegate.
 * @param orgId Attesting organization.
 * @param signer Organization account (EIP-1271 Safe) or delegate (EOA or EIP-1271) that signed.
 * @param rows Packed rows, see `CivicRows`.
 * @param evidenceRoot Commitment to the off-chain evidence of the batch.
 * @param generation The signer's authorization generation when signing (`authorizationGeneration`); a
 * signature made before the signer lost its authority (delegate revoked, organization suspended or moved to
 * a new Safe) names an older generation and never works again.
 * @param nonce Unordered nonce of `signer` (bit `nonce & 255` of word `nonce >> 8`).
 * @param deadline Last second the signature is valid (at most `signatureHorizon` seconds ahead).
 */
struct SignedAttestation {
    uint32 orgId;
    address signer;
    bytes32[] rows;
    bytes32 evidenceRoot;
    uint64 generation;
    uint256 nonce;
    uint256 deadline;
}

/**
 * @notice A redemption signed off-chain by the resident (EOA or EIP-1271 smart wallet).
 * @param resident Redeeming resident.
 * @param offerId Offer redeemed.
 * @param cityId City whose credits are burned.
 * @param maxPrice The most credits the resident agrees to pay (the price the resident was shown); a higher
 * price at execution reverts.
 * @param nonce Unordered nonce of `resident`.
 * @param deadline Last second the signature is valid (at most `signatureHorizon` seconds ahead).
 */
struct SignedRedemption {
    address resident;
    uint48 offerId;
    uint32 cityId;
    uint64 maxPrice;
    uint256 nonce;
    uint256 deadline;
}

/**
 * @notice Proof that an attestation batch was recorded in its city's commitment chain.
 * @param orgId Attesting organization.
 * @param firstSeq Sequence of the batch's first row.
 * @param timestamp Block timestamp of the batch.
 * @param evidenceRoot Evidence root of the batch.
 * @param rows All rows of the batch, as submitted.
 * @param prevHead City head immediately before the batch.
 * @param laterRecords Record hashes appended to the city chain after the batch, oldest first, up to a
 * checkpoint or the live head.
 */
struct AttestationBatchProof {
    uint32 orgId;
    uint48 firstSeq;
    uint40 timestamp;
    bytes32 evidenceRoot;
    bytes32[] rows;
    uint192 prevHead;
    bytes32[] laterRecords;
}

/**
 * @notice Proof of a redemption's content for a refund.
 * @param resident Resident who redeemed.
 * @param cityId City whose credits were burned.
 * @param credits Credits burned.
 * @param timestamp Block timestamp of the redemption.
 * @param prevHead City head immediately before the redemption.
 * @param laterRecords Record hashes appended after the redemption, oldest first, up to a checkpoint or the
 * live head.
 */
struct RedemptionProof {
    address resident;
    uint32 cityId;
    uint64 credits;
    uint40 timestamp;
    uint192 prevHead;
    bytes32[] laterRecords;
}

// ---------------------------------------------------------------------------------------------
// View types
// ---------------------------------------------------------------------------------------------

/// @notice A city as returned by `city(cityId)`.
struct CityInfo {
    address admin;
    string code;
    string name;
    uint256 supply;
    uint192 head;
}

/// @notice An organization as returned by `organization(orgId)`.
struct OrganizationInfo {
    address account;
    OrgStatus status;
    uint32 cityId;
    uint64 budget;
    uint64 epochMinted;
    uint32 epoch;
    uint48 nextSeq;
    bytes32 metadataHash;
}

/// @notice An opportunity as returned by `opportunity(opportunityId)`.
struct OpportunityInfo {
    uint32 orgId;
    uint32 creditsPerUnit;
    uint48 capacity;
    uint48 used;
    uint40 start;
    uint40 end;
    OpportunityStatus status;
    bytes32 metadataHash;
}

/// @notice An offer as returned by `offer(offerId)`.
struct OfferInfo {
    uint32 orgId;
    uint64 price;
    uint32 stock;
    uint32 sold;
    uint32 perResidentLimit;
    uint40 start;
    uint40 end;
    OfferStatus status;
    bytes32 metadataHash;
}

// ---------------------------------------------------------------------------------------------
// EIP-712
// ---------------------------------------------------------------------------------------------

/// @dev EIP-712 type of `SignedAttestation`.
bytes32 constant ATTESTATION_TYPEHASH = keccak256(
    "Attestation(uint32 orgId,address signer,bytes32[] rows,bytes32 evidenceRoot,uint64 generation,uint256 nonce,uint256 deadline)"
);

/// @dev EIP-712 type of `SignedRedemption`.
bytes32 constant REDEMPTION_TYPEHASH = keccak256(
    "Redemption(address resident,uint48 offerId,uint32 cityId,uint64 maxPrice,uint256 nonce,uint256 deadline)"
);

/// @dev Domain-separation tag of attestation batch records in a city chain.
bytes32 constant ATTESTATION_RECORD_TAG = keccak256("CitySync.AttestationBatch");

/// @dev Domain-separation tag of redemption records in a city chain.
bytes32 constant REDEMPTION_RECORD_TAG = keccak256("CitySync.Redemption");

// ---------------------------------------------------------------------------------------------
// Packed encodings
// ---------------------------------------------------------------------------------------------

/**
 * @title CivicRows
 * @notice Attestation rows are packed one per `bytes32` (32 bytes of calldata per attestation):
 * `participant (160 bits) << 96 | opportunityId (48 bits) << 48 | units (48 bits)`.
 */
library CivicRows {
    /// @notice Packs one attestation row.
    function pack(address participant, uint48 opportunityId, uint48 units) internal pure returns (bytes32) {
        return
            bytes32((uint256(uint160(participant)) << 96) | (uint256(opportunityId) << 48) | uint256(units));
    }

    /// @notice Unpacks one attestation row.
    function unpack(
        bytes32 row
    ) internal pure returns (address participant, uint48 opportunityId, uint48 units) {
        participant = address(uint160(uint256(row) >> 96));
        opportunityId = uint48(uint256(row) >> 48);
        units = uint48(uint256(row));
    }
}

/// @dev `OfferState.flags` bit: the offer is active (published and not closed).
uint8 constant OFFER_ACTIVE = 1;
/// @dev `OfferState.flags` bit: the offer accepts credits of the offering organization's own city.
uint8 constant OFFER_HOME_CITY = 2;
/// @dev `OfferState.flags` bit: the offer has a per-resident limit.
uint8 constant OFFER_LIMITED = 4;
