// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {
    CityState,
    CityMeta,
    OrgState,
    DelegateState,
    OpportunityState,
    OfferState,
    RecoveryState,
    ATTESTATION_RECORD_TAG,
    REDEMPTION_RECORD_TAG
} from "../types/CivicTypes.sol";
import {ICivicRegistry} from "../interfaces/ICivicRegistry.sol";
import {ICivicAttestations} from "../interfaces/ICivicAttestations.sol";

/**
 * @title CivicLedgerBase
 * @notice Storage layout, immutable parameters and helpers shared by the ledger core (`CivicLedger`) and
 * its delegatecalled cold-path module (`CivicLedgerAdmin`). Both contracts inherit this base, so the
 * module reads and writes the core's storage through one ERC-7201 namespace.
 */
abstract contract CivicLedgerBase {
    /// @custom:storage-location erc7201:citysync.storage.CivicLedger
    struct Layout {
        // ---- governance
        address networkAdmin;
        address pendingAdmin;
        uint40 pendingAdminAt;
        bool paused;
        // ---- counters
        uint32 cityCount;
        uint32 orgCount;
        uint48 opportunityCount;
        uint48 offerCount;
        // ---- cities
        mapping(uint32 cityId => CityState) cities;
        mapping(uint32 cityId => CityMeta) cityMeta;
        mapping(bytes32 codeHash => uint32 cityId) cityByCode;
        mapping(uint32 cityId => mapping(uint192 head => bool)) checkpoints;
        // Per (city, resident): ONE slot, spendable balance in the low 96 bits, the frozen flag in bit 127 and
        // lifetime earned in the high 128 bits.
        mapping(uint32 cityId => mapping(address resident => uint256 packed)) accounts;
        mapping(uint32 cityId => mapping(address from => RecoveryState)) recoveries;
        // ---- organizations
        mapping(uint32 orgId => OrgState) orgs;
        mapping(uint32 orgId => address account) orgAccounts;
        mapping(uint32 orgId => bytes32 metadataHash) orgMetadata;
        mapping(uint32 orgId => mapping(address attester => DelegateState)) attesters;
        mapping(uint32 orgId => mapping(uint256 word => uint256 bits)) revoked;
        // ---- opportunities
        mapping(uint48 opportunityId => OpportunityState) opportunities;
        mapping(uint48 opportunityId => bytes32 metadataHash) opportunityMetadata;
        // ---- offers and redemptions
        mapping(uint48 offerId => OfferState) offers;
        mapping(uint48 offerId => bytes32 metadataHash) offerMetadata;
        mapping(uint48 offerId => uint32 limit) offerLimits;
        mapping(uint48 offerId => mapping(uint32 cityId => bool)) offerCities;
        mapping(uint48 offerId => mapping(address resident => uint256 count)) redemptionCounts;
        // Two bits per redemption sequence: 0 = redeemed (if seq < sold), 1 = fulfilled, 2 = refunded.
        mapping(uint48 offerId => mapping(uint256 word => uint256 bits)) redemptionStatus;
        // ---- signatures
        mapping(address signer => mapping(uint256 word => uint256 bits)) nonces;
        // ---- authority, revocation debts and recovered records
        // Bumped by a suspension and a move to a new Safe: the high half of every signer's generation.
        mapping(uint32 orgId => uint32 generation) orgGenerations;
        // Credits of revoked attestations the resident had already spent, not yet covered by a refund.
        mapping(uint32 cityId => mapping(address resident => uint256 credits)) shortfalls;
        // Where an executed recovery moved a record; refunds and revocations follow it.
        mapping(uint32 cityId => mapping(address from => address to)) successors;
    }

    // keccak256(abi.encode(uint256(keccak256("citysync.storage.CivicLedger")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant LAYOUT_SLOT = 0x83698b7399696d327b93fed16b0965b064ffcc8a6ae7f60edc5cea97c7c93e00;

    /// @dev Maximum rows per attestation batch (served by `MAX_BATCH_ROWS()` in the core). The worst case (every
    /// row a fresh resident of a different opportunity, through a 2-of-3 Safe's `execTransaction`) must fit well
    /// under the 16,777,216 gas per-transaction cap of EIP-7825; see docs/contracts.md ("Batch size").
    uint256 internal constant MAX_ROWS = 512;

    /// @dev Maximum metadata JSON size in bytes (served by `MAX_METADATA_BYTES()` in the core).
    uint256 internal constant MAX_METADATA = 1024;

    /// @dev Mask of the spendable balance in a packed account word. Balances stay below 2^48 (the city supply)
    /// except transiently inside one batch (below 2^91), so they never carry into the bits above.
    uint256 internal constant BALANCE_MASK = (1 << 96) - 1;

    /// @dev Account-word flag: the resident cannot redeem in the city (recovery pending or executed).
    uint256 internal constant FROZEN = 1 << 127;

    uint256 internal immutable _epochDuration;
    uint256 internal immutable _disputeWindow;
    uint256 internal immutable _recoveryDelay;
    uint256 internal immutable _adminTransferDelay;
    uint256 internal immutable _signatureHorizon;

    constructor(
        uint256 epochDuration_,
        uint256 disputeWindow_,
        uint256 recoveryDelay_,
        uint256 adminTransferDelay_,
        uint256 signatureHorizon_
    ) {
        _epochDuration = epochDuration_;
        _disputeWindow = disputeWindow_;
        _recoveryDelay = recoveryDelay_;
        _adminTransferDelay = adminTransferDelay_;
        _signatureHorizon = signatureHorizon_;
    }

    /// @dev The ledger's storage.
    function _layout() internal pure returns (Layout storage $) {
        assembly ("memory-safe") {
            $.slot := LAYOUT_SLOT
        }
    }

    /// @dev Index of the current budget epoch (fixed windows aligned to the Unix epoch).
    function _currentEpoch() internal view returns (uint32) {
        return uint32(block.timestamp / _epochDuration);
    }

    /// @dev Authorization generation of a signer of `orgId`: the organization's generation in the high half, the
    /// signer's own (bumped when a delegate is revoked) in the low half.
    function _authorizationGeneration(uint32 orgId, address signer) internal view returns (uint64) {
        Layout storage $ = _layout();
        return (uint64($.orgGenerations[orgId]) << 32) | $.attesters[orgId][signer].generation;
    }

    /// @dev Reverts when the network is paused (cold paths; hot paths read the per-city mirror).
    function _requireNotPaused() internal view {
        if (_layout().paused) revert ICivicRegistry.CivicLedgerPaused();
    }

    /// @dev Next head of a city commitment chain: the first 192 bits of keccak256(head, record).
    function _link(uint192 head, bytes32 record) internal pure returns (uint192 next) {
        assembly ("memory-safe") {
            // Clean the upper 64 bits: callers may pass a word truncated to uint192 without masking.
            mstore(0x00, shr(64, shl(64, head)))
            mstore(0x20, record)
            next := shr(64, keccak256(0x00, 0x40))
        }
    }

    /// @dev Reverts unless `record`, appended to `prevHead` and followed by `laterRecords`, reaches the city's
    /// live head or one of its checkpoints.
    function _verifyRecord(
        uint32 cityId,
        uint192 prevHead,
        bytes32 record,
        bytes32[] calldata laterRecords
    ) internal view {
        uint192 head = _link(prevHead, record);
        uint256 n = laterRecords.length;
        for (uint256 i; i < n; ++i) {
            head = _link(head, laterRecords[i]);
        }
        Layout storage $ = _layout();
        if (head != $.cities[cityId].head && !$.checkpoints[cityId][head]) {
            revert ICivicAttestations.CivicLedgerUnknownRecord();
        }
    }

    /// @dev Commitment to an attestation batch recorded in the current block; same value as
    /// `_attestationRecordOf(orgId, firstSeq, uint40(block.timestamp), evidenceRoot, keccak256(rows))`.
    function _attestationRecord(
        uint32 orgId,
        uint48 firstSeq,
        bytes32 evidenceRoot,
        bytes32[] memory rows
    ) internal view returns (bytes32 record) {
        bytes32 tag = ATTESTATION_RECORD_TAG;
        assembly ("memory-safe") {
            // Hashes in the free memory area without allocating it (scratch use only).
            let rowsHash := keccak256(add(rows, 0x20), shl(5, mload(rows)))
            let m := mload(0x40)
            mstore(m, tag)
            mstore(add(m, 0x20), orgId)
            mstore(add(m, 0x40), firstSeq)
            mstore(add(m, 0x60), timestamp())
            mstore(add(m, 0x80), evidenceRoot)
            mstore(add(m, 0xa0), rowsHash)
            record := keccak256(m, 0xc0)
        }
    }

    /// @dev Commitment to an attestation batch.
    function _attestationRecordOf(
        uint32 orgId,
        uint48 firstSeq,
        uint40 timestamp,
        bytes32 evidenceRoot,
        bytes32 rowsHash
    ) internal pure returns (bytes32) {
        return
            keccak256(abi.encode(ATTESTATION_RECORD_TAG, orgId, firstSeq, timestamp, evidenceRoot, rowsHash));
    }

    /// @dev Commitment to a redemption.
    function _redemptionRecord(
        uint48 offerId,
        uint32 seq,
        address resident,
        uint32 cityId,
        uint64 credits,
        uint40 timestamp
    ) internal pure returns (bytes32) {
        return
            keccak256(abi.encode(REDEMPTION_RECORD_TAG, offerId, seq, resident, cityId, credits, timestamp));
    }

    /// @dev Reverts unless `account` is a Safe deployed on this chain: it has code that is not an EIP-7702
    /// delegation designator, and `getThreshold()` succeeds with a value of at least 1. Every admin and
    /// organization account must pass it.
    function _requireSafe(address account) internal view {
        if (account.code.length == 0) revert ICivicRegistry.CivicLedgerNotSafe(account);
        // An EOA delegating through EIP-7702 has code `0xef0100 || delegate` (23 bytes) and answers
        // `getThreshold()` with its delegate's code, yet one private key controls it.
        bytes3 prefix;
        assembly ("memory-safe") {
            extcodecopy(account, 0x00, 0x00, 0x03)
            prefix := and(mload(0x00), shl(232, 0xffffff))
        }
        if (prefix == 0xef0100) revert ICivicRegistry.CivicLedgerDelegatedAccount(account);
        (bool ok, bytes memory data) = account.staticcall(abi.encodeWithSignature("getThreshold()"));
        if (!ok || data.length < 32 || abi.decode(data, (uint256)) == 0) {
            revert ICivicRegistry.CivicLedgerNotSafe(account);
        }
    }
}
