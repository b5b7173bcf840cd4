// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

import {
    CityState,
    OrgState,
    OrgStatus,
    DelegateState,
    OpportunityState,
    OpportunityStatus,
    OfferState,
    SignedAttestation,
    SignedRedemption,
    CivicRows,
    ATTESTATION_TYPEHASH,
    REDEMPTION_TYPEHASH,
    OFFER_ACTIVE,
    OFFER_HOME_CITY,
    OFFER_LIMITED
} from "../types/CivicTypes.sol";
import {ICivicRegistry} from "../interfaces/ICivicRegistry.sol";
import {ICivicAttestations} from "../interfaces/ICivicAttestations.sol";
import {ICivicRedemptions} from "../interfaces/ICivicRedemptions.sol";
import {CivicLedgerBase} from "./CivicLedgerBase.sol";

/**
 * @title CivicLedger
 * @notice City/Sync civic credit ledger (core). Serves the hot paths (attest, attestBatch, attestSigned,
 * redeem, redeemSigned) itself and forwards every other call of `ICivicLedger` to the immutable
 * `CivicLedgerAdmin` module by delegatecall, so the whole ledger is one address with one storage and the
 * ABI of `ICivicLedger`. Not upgradeable: the module address is immutable and the module has no
 * upgrade path either.
 */
contract CivicLedger is CivicLedgerBase, EIP712 {
    address private immutable _module;

    /**
     * @param networkAdmin_ Initial network admin.
     * @param module_ Deployed `CivicLedgerAdmin`; its immutable parameters become the ledger's.
     */
    constructor(
        address networkAdmin_,
        ICivicRegistry module_
    )
        CivicLedgerBase(
            module_.epochDuration(),
            module_.disputeWindow(),
            module_.recoveryDelay(),
            module_.adminTransferDelay(),
            module_.signatureHorizon()
        )
        EIP712("City/Sync Civic Ledger", "1")
    {
        if (networkAdmin_ == address(0)) revert ICivicRegistry.CivicLedgerZeroAddress();
        _requireSafe(networkAdmin_);
        _module = address(module_);
        _layout().networkAdmin = networkAdmin_;
        emit ICivicRegistry.LedgerConfigured(
            networkAdmin_,
            _epochDuration,
            _disputeWindow,
            _recoveryDelay,
            _adminTransferDelay,
            _signatureHorizon
        );
    }

    /// @notice Forwards every function not implemented here to the `CivicLedgerAdmin` module.
    // solhint-disable-next-line no-complex-fallback
    fallback() external {
        address module = _module;
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), module, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            switch ok
            case 0 {
                revert(0, returndatasize())
            }
            default {
                return(0, returndatasize())
            }
        }
    }

    // ------------------------------------------------------------------ attestations

    /// @notice See {ICivicAttestations-attest}.
    function attest(
        uint32 orgId,
        address participant,
        uint48 opportunityId,
        uint48 units,
        bytes32 evidence
    ) external returns (uint48 seq) {
        bytes32[] memory rows = new bytes32[](1);
        rows[0] = CivicRows.pack(participant, opportunityId, units);
        return _record(orgId, msg.sender, rows, evidence);
    }

    /// @notice See {ICivicAttestations-attestBatch}.
    function attestBatch(
        uint32 orgId,
        bytes32[] calldata rows,
        bytes32 evidenceRoot
    ) external returns (uint48 firstSeq) {
        return _record(orgId, msg.sender, rows, evidenceRoot);
    }

    /// @notice See {ICivicAttestations-attestSigned}.
    function attestSigned(
        SignedAttestation calldata request,
        bytes calldata signature
    ) external returns (uint48 firstSeq) {
        _useSignature(request.signer, request.nonce, request.deadline, hashAttestation(request), signature);
        firstSeq = _record(request.orgId, request.signer, request.rows, request.evidenceRoot);
        // Checked after the organization and the signer's current authority, so that a suspended organization
        // or a revoked delegate fails with its own error; a stale generation means the authority was lost and
        // restored since the signature.
        uint64 current = _authorizationGeneration(request.orgId, request.signer);
        if (request.generation != current) {
            revert ICivicAttestations.CivicLedgerStaleAuthorization(
                request.orgId,
                request.signer,
                request.generation,
                current
            );
        }
    }

    /// @notice See {ICivicAttestations-hashAttestation}.
    function hashAttestation(SignedAttestation calldata request) public view returns (bytes32) {
        return
            _hashTypedDataV4(
                keccak256(
                    abi.encode(
                        ATTESTATION_TYPEHASH,
                        request.orgId,
                        request.signer,
                        keccak256(abi.encodePacked(request.rows)),
                        request.evidenceRoot,
                        request.generation,
                        request.nonce,
                        request.deadline
                    )
                )
            );
    }

    // ------------------------------------------------------------------ redemptions

    /// @notice See {ICivicRedemptions-redeem}.
    function redeem(uint48 offerId, uint32 cityId, uint64 maxPrice) external returns (uint32 seq) {
        return _redeem(msg.sender, offerId, cityId, maxPrice);
    }

    /// @notice See {ICivicRedemptions-redeemSigned}.
    function redeemSigned(
        SignedRedemption calldata request,
        bytes calldata signature
    ) external returns (uint32 seq) {
        _useSignature(request.resident, request.nonce, request.deadline, hashRedemption(request), signature);
        return _redeem(request.resident, request.offerId, request.cityId, request.maxPrice);
    }

    /// @notice See {ICivicRedemptions-hashRedemption}.
    function hashRedemption(SignedRedemption calldata request) public view returns (bytes32) {
        return
            _hashTypedDataV4(
                keccak256(
                    abi.encode(
                        REDEMPTION_TYPEHASH,
                        request.resident,
                        request.offerId,
                        request.cityId,
                        request.maxPrice,
                        request.nonce,
                        request.deadline
                    )
                )
            );
    }

    /// @notice Maximum rows per attestation batch.
    // solhint-disable-next-line func-name-mixedcase
    function MAX_BATCH_ROWS() external pure returns (uint256) {
        return MAX_ROWS;
    }

    /// @notice Maximum metadata JSON size in bytes.
    // solhint-disable-next-line func-name-mixedcase
    function MAX_METADATA_BYTES() external pure returns (uint256) {
        return MAX_METADATA;
    }

    /// @notice EIP-712 domain separator of the ledger.
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ------------------------------------------------------------------ balances

    /// @notice See {ICivicAttestations-balanceOf}.
    function balanceOf(uint32 cityId, address resident) external view returns (uint256) {
        return _layout().accounts[cityId][resident] & BALANCE_MASK;
    }

    /// @notice See {ICivicAttestations-lifetimeEarned}.
    function lifetimeEarned(uint32 cityId, address resident) external view returns (uint256) {
        return _layout().accounts[cityId][resident] >> 128;
    }

    /// @notice See {ICivicAttestations-totalSupply}.
    function totalSupply(uint32 cityId) external view returns (uint256) {
        return _layout().cities[cityId].supply;
    }

    // ------------------------------------------------------------------ nonces

    /// @notice See {ICivicRedemptions-invalidateNonces}. Works while paused.
    function invalidateNonces(uint256 wordPos, uint256 mask) external {
        _layout().nonces[msg.sender][wordPos] |= mask;
        emit ICivicRedemptions.NoncesInvalidated(msg.sender, wordPos, mask);
    }

    /// @notice See {ICivicRedemptions-nonceBitmap}.
    function nonceBitmap(address signer, uint256 wordPos) external view returns (uint256) {
        return _layout().nonces[signer][wordPos];
    }

    /// @notice See {ICivicRedemptions-isNonceUsed}.
    function isNonceUsed(address signer, uint256 nonce) external view returns (bool) {
        return (_layout().nonces[signer][nonce >> 8] >> (nonce & 0xff)) & 1 == 1;
    }

    // ------------------------------------------------------------------ internals
    //
    // The hot paths read and write the packed records of `CivicTypes` as raw words (one SLOAD and one SSTORE
    // per slot). Solidity packs struct members from the low-order bits up, so the offsets below mirror the
    // struct declarations; the module reads the same slots through the structs, and the test suite checks
    // every field through those views.

    uint256 private constant U8 = 0xff;
    uint256 private constant U32 = 0xffffffff;
    uint256 private constant U40 = 0xffffffffff;
    uint256 private constant U48 = 0xffffffffffff;
    uint256 private constant U64 = 0xffffffffffffffff;

    // OrgState: status 8 @0 | cityId 32 @8 | budget 64 @40 | epochMinted 64 @104 | epoch 32 @168 | nextSeq 48 @200
    uint256 private constant ORG_CITY = 8;
    uint256 private constant ORG_BUDGET = 40;
    uint256 private constant ORG_MINTED = 104;
    uint256 private constant ORG_EPOCH = 168;
    uint256 private constant ORG_NEXT_SEQ = 200;
    // DelegateState: active 8 @0 | isAccount 8 @8 | cap 64 @16 | epochMinted 64 @80 | epoch 32 @144 |
    // generation 32 @176
    uint256 private constant DELEGATE_IS_ACCOUNT = 8;
    uint256 private constant DELEGATE_CAP = 16;
    uint256 private constant DELEGATE_MINTED = 80;
    uint256 private constant DELEGATE_EPOCH = 144;
    // Every field except epochMinted and epoch, which a charge rewrites.
    uint256 private constant DELEGATE_KEPT = ~((U64 << DELEGATE_MINTED) | (U32 << DELEGATE_EPOCH));
    // CityState: head 192 @0 | supply 48 @192 | paused 8 @240 | sinceCheckpoint 8 @248
    uint256 private constant CITY_SUPPLY = 192;
    uint256 private constant CITY_PAUSED = 240;
    uint256 private constant CITY_SINCE_CHECKPOINT = 248;
    uint256 private constant CITY_HEAD_MASK = (1 << 192) - 1;
    // OpportunityState: orgId 32 @0 | creditsPerUnit 32 @32 | capacity 48 @64 | used 48 @112 | start 40 @160 |
    // end 40 @200 | status 8 @240
    uint256 private constant OPP_RATE = 32;
    uint256 private constant OPP_CAPACITY = 64;
    uint256 private constant OPP_USED = 112;
    uint256 private constant OPP_START = 160;
    uint256 private constant OPP_END = 200;
    uint256 private constant OPP_STATUS = 240;
    // OfferState: orgId 32 @0 | price 64 @32 | stock 32 @96 | sold 32 @128 | start 40 @160 | end 40 @200 |
    // flags 8 @240
    uint256 private constant OFFER_PRICE = 32;
    uint256 private constant OFFER_STOCK = 96;
    uint256 private constant OFFER_SOLD = 128;
    uint256 private constant OFFER_START = 160;
    uint256 private constant OFFER_END = 200;
    uint256 private constant OFFER_FLAGS = 240;

    /**
     * @dev THE mint path. Single, batch and signed attestations all end here, so budget, delegate cap,
     * capacity, window, organization status and pause are enforced in exactly one place.
     */
    function _record(
        uint32 orgId,
        address attester,
        bytes32[] memory rows,
        bytes32 evidenceRoot
    ) private returns (uint48 firstSeq) {
        if (rows.length == 0 || rows.length > MAX_ROWS) {
            revert ICivicAttestations.CivicLedgerInvalidBatchSize(rows.length);
        }
        OrgState storage orgRef = _layout().orgs[orgId];
        uint256 org = _load(orgRef);
        if (org & U8 != uint256(OrgStatus.Active)) {
            if (org & U8 == uint256(OrgStatus.None))
                revert ICivicRegistry.CivicLedgerUnknownOrganization(orgId);
            revert ICivicRegistry.CivicLedgerOrganizationSuspended(orgId);
        }
        DelegateState storage authRef = _layout().attesters[orgId][attester];
        uint256 auth = _load(authRef);
        if (auth & U8 == 0) revert ICivicAttestations.CivicLedgerNotAttester(orgId, attester);
        uint256 total = _creditRows(orgId, uint32(org >> ORG_CITY), rows);
        if ((auth >> DELEGATE_IS_ACCOUNT) & U8 == 0) _chargeDelegate(authRef, auth, attester, total);
        firstSeq = _chargeOrg(orgRef, org, orgId, total, rows.length);
        _mintAndRecord(
            uint32(org >> ORG_CITY),
            total,
            _attestationRecord(orgId, firstSeq, evidenceRoot, rows)
        );
        if (rows.length == 1) {
            emit ICivicAttestations.AttestationRecorded(orgId, attester, firstSeq, evidenceRoot, rows[0]);
        } else {
            emit ICivicAttestations.AttestationsRecorded(orgId, attester, firstSeq, evidenceRoot, rows);
        }
    }

    /// @dev Charges `total` credits to the organization's budget for the current fixed epoch and reserves `n`
    /// sequence numbers; returns the first.
    function _chargeOrg(
        OrgState storage orgRef,
        uint256 org,
        uint32 orgId,
        uint256 total,
        uint256 n
    ) private returns (uint48 firstSeq) {
        uint256 epoch = _currentEpoch();
        uint256 minted = (org >> ORG_EPOCH) & U32 == epoch ? (org >> ORG_MINTED) & U64 : 0;
        uint256 budget = (org >> ORG_BUDGET) & U64;
        if (minted + total > budget) {
            revert ICivicAttestations.CivicLedgerBudgetExceeded(
                orgId,
                total,
                minted < budget ? budget - minted : 0
            );
        }
        firstSeq = uint48(org >> ORG_NEXT_SEQ);
        uint256 nextSeq = uint256(firstSeq) + n;
        if (nextSeq > U48) revert ICivicAttestations.CivicLedgerInvalidBatchSize(n);
        // minted + total <= budget < 2^64; epoch < 2^32 (module constructor bounds the duration); nextSeq < 2^48.
        _store(
            orgRef,
            (org & ((1 << ORG_MINTED) - 1)) |
                ((minted + total) << ORG_MINTED) |
                (epoch << ORG_EPOCH) |
                (nextSeq << ORG_NEXT_SEQ)
        );
    }

    /// @dev Adds `total` to the city supply and appends `record` to the city chain. Reverts while paused.
    function _mintAndRecord(uint32 cityId, uint256 total, bytes32 record) private {
        CityState storage cityRef = _layout().cities[cityId];
        uint256 c = _load(cityRef);
        if ((c >> CITY_PAUSED) & U8 != 0) revert ICivicRegistry.CivicLedgerPaused();
        uint256 supply = ((c >> CITY_SUPPLY) & U48) + total;
        if (supply > U48) revert ICivicAttestations.CivicLedgerSupplyOverflow(cityId);
        _storeCity(cityRef, cityId, c, _link(uint192(c), record), supply);
    }

    /// @dev Charges a delegate's per-epoch cap (fixed epochs, like the organization budget).
    function _chargeDelegate(
        DelegateState storage ref,
        uint256 auth,
        address attester,
        uint256 total
    ) private {
        uint256 epoch = _currentEpoch();
        uint256 minted = (auth >> DELEGATE_EPOCH) & U32 == epoch ? (auth >> DELEGATE_MINTED) & U64 : 0;
        uint256 cap = (auth >> DELEGATE_CAP) & U64;
        if (minted + total > cap) {
            revert ICivicAttestations.CivicLedgerDelegateCapExceeded(
                attester,
                total,
                minted < cap ? cap - minted : 0
            );
        }
        // minted + total <= cap < 2^64.
        _store(
            ref,
            (auth & DELEGATE_KEPT) | ((minted + total) << DELEGATE_MINTED) | (epoch << DELEGATE_EPOCH)
        );
    }

    /// @dev Credits every row to its participant and charges opportunity capacity; returns total credits.
    /// Consecutive rows of the same opportunity share one opportunity load and store.
    function _creditRows(uint32 orgId, uint32 cityId, bytes32[] memory rows) private returns (uint256 total) {
        mapping(address resident => uint256 packed) storage accounts = _layout().accounts[cityId];
        uint256 n = rows.length;
        uint48 currentId;
        uint256 opp;
        for (uint256 i; i < n; ++i) {
            uint256 r = uint256(rows[i]);
            address participant = address(uint160(r >> 96));
            uint48 opportunityId = uint48(r >> 48);
            uint256 units = r & U48;
            if (participant == address(0) || units == 0) revert ICivicAttestations.CivicLedgerInvalidRow(i);
            // The first row always loads its opportunity, so id 0 (never assigned) fails as foreign.
            if (i == 0 || opportunityId != currentId) {
                if (currentId != 0) _store(_layout().opportunities[currentId], opp);
                opp = _load(_layout().opportunities[opportunityId]);
                _checkOpportunity(opp, opportunityId, orgId, i);
                currentId = opportunityId;
            }
            opp = _useCapacity(opp, opportunityId, units, i);
            uint256 credits = units * ((opp >> OPP_RATE) & U32); // < 2^80, cannot overflow
            total += credits;
            // Adds `credits` to the balance (low half) and the lifetime (high half) in one write. The low
            // half cannot carry: balances are bounded by the uint48 city supply plus one batch (< 2^91).
            // A lifetime overflow overflows the word and reverts (checked arithmetic).
            assembly ("memory-safe") {
                mstore(0x00, participant)
                mstore(0x20, accounts.slot)
                let slot := keccak256(0x00, 0x40)
                let previous := sload(slot)
                let updated := add(previous, or(credits, shl(128, credits)))
                // Lifetime overflow wraps the word: revert with Panic(0x11) like checked arithmetic.
                if lt(updated, previous) {
                    mstore(0x00, 0x4e487b71)
                    mstore(0x20, 0x11)
                    revert(0x1c, 0x24)
                }
                sstore(slot, updated)
            }
        }
        _store(_layout().opportunities[currentId], opp);
    }

    /// @dev Adds row `row`'s `units` to the opportunity's used units; reverts above capacity.
    function _useCapacity(
        uint256 opp,
        uint48 opportunityId,
        uint256 units,
        uint256 row
    ) private pure returns (uint256) {
        uint256 used = (opp >> OPP_USED) & U48;
        uint256 capacity = (opp >> OPP_CAPACITY) & U48;
        if (used + units > capacity) {
            revert ICivicAttestations.CivicLedgerCapacityExceeded(row, opportunityId, capacity - used);
        }
        // used + units <= capacity < 2^48: replaces the used field only.
        return (opp & ~(U48 << OPP_USED)) | ((used + units) << OPP_USED);
    }

    /// @dev Reverts unless the opportunity of row `row` belongs to `orgId`, is open and accepts attestations now.
    function _checkOpportunity(uint256 opp, uint48 opportunityId, uint32 orgId, uint256 row) private view {
        if (opp & U32 != orgId) {
            revert ICivicAttestations.CivicLedgerForeignOpportunity(row, opportunityId, orgId);
        }
        if ((opp >> OPP_STATUS) & U8 != uint256(OpportunityStatus.Open)) {
            revert ICivicAttestations.CivicLedgerRowOpportunityClosed(row, opportunityId);
        }
        uint256 start = (opp >> OPP_START) & U40;
        uint256 end = (opp >> OPP_END) & U40;
        if (block.timestamp < start || block.timestamp > end) {
            revert ICivicAttestations.CivicLedgerRowOutsideWindow(
                row,
                opportunityId,
                uint40(start),
                uint40(end),
                block.timestamp
            );
        }
    }

    /// @dev The one burn path, shared by direct and signed redemptions. Burns the price now, at most `maxPrice`.
    function _redeem(
        address resident,
        uint48 offerId,
        uint32 cityId,
        uint64 maxPrice
    ) private returns (uint32 seq) {
        OfferState storage offerRef = _layout().offers[offerId];
        uint256 o = _load(offerRef);
        uint64 price = uint64(o >> OFFER_PRICE);
        if (price > maxPrice) revert ICivicRedemptions.CivicLedgerPriceAboveBound(offerId, price, maxPrice);
        _checkRedemption(o, offerId, cityId, resident);
        seq = uint32(o >> OFFER_SOLD);
        if (seq == type(uint32).max) revert ICivicRedemptions.CivicLedgerOutOfStock(offerId);
        unchecked {
            // stock > 0 was checked in _checkRedemption and sold < 2^32 - 1 just above: no field overflows.
            _store(offerRef, o - (1 << OFFER_STOCK) + (1 << OFFER_SOLD));
        }
        _burnAndRecord(
            cityId,
            resident,
            price,
            _redemptionRecord(offerId, seq, resident, cityId, price, uint40(block.timestamp))
        );
        emit ICivicRedemptions.Redeemed(offerId, resident, seq, cityId, price);
    }

    /// @dev Reverts unless the offer is active, in its window, in stock, its organization active, the city
    /// accepted and the resident under the per-resident limit (counted here, only for limited offers).
    function _checkRedemption(uint256 o, uint48 offerId, uint32 cityId, address resident) private {
        Layout storage $ = _layout();
        uint256 flags = o >> OFFER_FLAGS;
        if (flags & OFFER_ACTIVE == 0) revert ICivicRedemptions.CivicLedgerOfferNotActive(offerId);
        uint256 start = (o >> OFFER_START) & U40;
        uint256 end = (o >> OFFER_END) & U40;
        if (block.timestamp < start || block.timestamp > end) {
            revert ICivicAttestations.CivicLedgerOutsideWindow(uint40(start), uint40(end), block.timestamp);
        }
        if ((o >> OFFER_STOCK) & U32 == 0) revert ICivicRedemptions.CivicLedgerOutOfStock(offerId);
        uint32 orgId = uint32(o);
        uint256 org = _load($.orgs[orgId]);
        if (org & U8 != uint256(OrgStatus.Active))
            revert ICivicRegistry.CivicLedgerOrganizationSuspended(orgId);
        if (
            cityId == uint32(org >> ORG_CITY) ? flags & OFFER_HOME_CITY == 0 : !$.offerCities[offerId][cityId]
        ) {
            revert ICivicRedemptions.CivicLedgerCityNotAccepted(offerId, cityId);
        }
        if (flags & OFFER_LIMITED != 0) {
            uint256 count = $.redemptionCounts[offerId][resident] + 1;
            if (count > $.offerLimits[offerId]) {
                revert ICivicRedemptions.CivicLedgerResidentLimitReached(offerId, resident);
            }
            $.redemptionCounts[offerId][resident] = count;
        }
    }

    /// @dev Burns `price` from the resident's balance and the city supply and appends `record` to the city
    /// chain. Reverts while paused, if the balance is short or if the resident's credits are frozen.
    function _burnAndRecord(uint32 cityId, address resident, uint64 price, bytes32 record) private {
        Layout storage $ = _layout();
        CityState storage cityRef = $.cities[cityId];
        uint256 c = _load(cityRef);
        if ((c >> CITY_PAUSED) & U8 != 0) revert ICivicRegistry.CivicLedgerPaused();
        uint256 packed = $.accounts[cityId][resident];
        if (packed & FROZEN != 0) revert ICivicRedemptions.CivicLedgerAccountFrozen(cityId, resident);
        if (packed & BALANCE_MASK < price) {
            revert ICivicRedemptions.CivicLedgerInsufficientBalance(
                cityId,
                resident,
                packed & BALANCE_MASK,
                price
            );
        }
        unchecked {
            // balance >= price: the subtraction stays in the balance bits.
            $.accounts[cityId][resident] = packed - price;
        }
        // supply >= balance >= price (checked arithmetic anyway).
        _storeCity(cityRef, cityId, c, _link(uint192(c), record), ((c >> CITY_SUPPLY) & U48) - price);
    }

    /// @dev Stores a city slot after a record was appended (not paused: callers checked); every 256th record
    /// also stores a checkpoint.
    function _storeCity(
        CityState storage ref,
        uint32 cityId,
        uint256 c,
        uint192 head,
        uint256 supply
    ) private {
        uint256 since = ((c >> CITY_SINCE_CHECKPOINT) + 1) & U8; // deliberate wrap-around at 256
        _store(ref, uint256(head) | (supply << CITY_SUPPLY) | (since << CITY_SINCE_CHECKPOINT));
        if (since == 0) {
            _layout().checkpoints[cityId][head] = true;
            emit ICivicAttestations.CheckpointRecorded(cityId, head);
        }
    }

    function _load(OrgState storage ref) private view returns (uint256 word) {
        assembly ("memory-safe") {
            word := sload(ref.slot)
        }
    }

    function _store(OrgState storage ref, uint256 word) private {
        assembly ("memory-safe") {
            sstore(ref.slot, word)
        }
    }

    function _load(DelegateState storage ref) private view returns (uint256 word) {
        assembly ("memory-safe") {
            word := sload(ref.slot)
        }
    }

    function _store(DelegateState storage ref, uint256 word) private {
        assembly ("memory-safe") {
            sstore(ref.slot, word)
        }
    }

    function _load(CityState storage ref) private view returns (uint256 word) {
        assembly ("memory-safe") {
            word := sload(ref.slot)
        }
    }

    function _store(CityState storage ref, uint256 word) private {
        assembly ("memory-safe") {
            sstore(ref.slot, word)
        }
    }

    function _load(OpportunityState storage ref) private view returns (uint256 word) {
        assembly ("memory-safe") {
            word := sload(ref.slot)
        }
    }

    function _store(OpportunityState storage ref, uint256 word) private {
        assembly ("memory-safe") {
            sstore(ref.slot, word)
        }
    }

    function _load(OfferState storage ref) private view returns (uint256 word) {
        assembly ("memory-safe") {
            word := sload(ref.slot)
        }
    }

    function _store(OfferState storage ref, uint256 word) private {
        assembly ("memory-safe") {
            sstore(ref.slot, word)
        }
    }

    /// @dev Checks deadline, consumes the signer's nonce, then verifies the signature (ECDSA or EIP-1271, at
    /// execution time, never cached). A consumed nonce fails with `CivicLedgerNonceUsed`.
    function _useSignature(
        address signer,
        uint256 nonce,
        uint256 deadline,
        bytes32 digest,
        bytes calldata signature
    ) private {
        if (block.timestamp > deadline) revert ICivicAttestations.CivicLedgerSignatureExpired(deadline);
        // Bounds how long a signature can outlive a change of mind that nonces and generations do not cover.
        if (deadline - block.timestamp > _signatureHorizon) {
            revert ICivicAttestations.CivicLedgerDeadlineBeyondHorizon(
                deadline,
                block.timestamp + _signatureHorizon,
                _signatureHorizon
            );
        }
        uint256 bit = 1 << (nonce & 0xff);
        mapping(uint256 word => uint256 bits) storage words = _layout().nonces[signer];
        uint256 word = words[nonce >> 8];
        if (word & bit != 0) revert ICivicAttestations.CivicLedgerNonceUsed(signer, nonce);
        words[nonce >> 8] = word | bit;
        emit ICivicAttestations.NonceUsed(signer, nonce);
        if (!SignatureChecker.isValidSignatureNowCalldata(signer, digest, signature)) {
            revert ICivicAttestations.CivicLedgerInvalidSignature(signer);
        }
    }
}
