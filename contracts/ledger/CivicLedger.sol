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
            module_.adminTransferDelay()
        )
        EIP712("City/Sync Civic Ledger", "1")
    {
        if (networkAdmin_ == address(0)) revert ICivicRegistry.CivicLedgerZeroAddress();
        _module = address(module_);
        _layout().networkAdmin = networkAdmin_;
        emit ICivicRegistry.LedgerConfigured(
            networkAdmin_,
            _epochDuration,
            _disputeWindow,
            _recoveryDelay,
            _adminTransferDelay
        );
    }

    /// @notice Forwards every function not implemented here to the `CivicLedgerAdmin` module.
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
        return _record(request.orgId, request.signer, request.rows, request.evidenceRoot);
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
                        request.nonce,
                        request.deadline
                    )
                )
            );
    }

    // ------------------------------------------------------------------ redemptions

    /// @notice See {ICivicRedemptions-redeem}.
    function redeem(uint48 offerId, uint32 cityId) external returns (uint32 seq) {
        return _redeem(msg.sender, offerId, cityId);
    }

    /// @notice See {ICivicRedemptions-redeemSigned}.
    function redeemSigned(
        SignedRedemption calldata request,
        bytes calldata signature
    ) external returns (uint32 seq) {
        _useSignature(request.resident, request.nonce, request.deadline, hashRedemption(request), signature);
        return _redeem(request.resident, request.offerId, request.cityId);
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
                        request.nonce,
                        request.deadline
                    )
                )
            );
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
        if (rows.length == 0 || rows.length > MAX_BATCH_ROWS) {
            revert ICivicAttestations.CivicLedgerInvalidBatchSize(rows.length);
        }
        OrgState memory org = _layout().orgs[orgId];
        if (org.status != OrgStatus.Active) {
            if (org.status == OrgStatus.None) revert ICivicRegistry.CivicLedgerUnknownOrganization(orgId);
            revert ICivicRegistry.CivicLedgerOrganizationSuspended(orgId);
        }
        DelegateState memory auth = _layout().attesters[orgId][attester];
        if (!auth.active) revert ICivicAttestations.CivicLedgerNotAttester(orgId, attester);
        CityState memory c = _layout().cities[org.cityId];
        if (c.paused) revert ICivicRegistry.CivicLedgerPaused();

        uint256 total = _creditRows(orgId, org.cityId, rows);

        _chargeBudget(orgId, attester, org, auth, total);
        firstSeq = org.nextSeq;
        org.nextSeq = firstSeq + uint48(rows.length); // checked: reverts only after 2^48 rows of one organization
        _layout().orgs[orgId] = org;

        // City supply and commitment chain.
        uint256 supply = uint256(c.supply) + total;
        if (supply > type(uint48).max) revert ICivicAttestations.CivicLedgerSupplyOverflow(org.cityId);
        c.supply = uint48(supply); // checked just above
        c.head = _link(c.head, _attestationRecord(orgId, firstSeq, evidenceRoot, rows));
        _storeCity(org.cityId, c);
        emit ICivicAttestations.AttestationsRecorded(
            orgId,
            org.cityId,
            attester,
            firstSeq,
            evidenceRoot,
            total,
            rows
        );
    }

    /// @dev Charges `total` credits to the organization's epoch budget (in memory, stored by the caller) and,
    /// for a delegate, to the delegate's epoch cap (stored here). Epochs are fixed windows.
    function _chargeBudget(
        uint32 orgId,
        address attester,
        OrgState memory org,
        DelegateState memory auth,
        uint256 total
    ) private {
        uint32 epoch = _currentEpoch();
        if (org.epoch != epoch) {
            org.epoch = epoch;
            org.epochMinted = 0;
        }
        uint256 minted = uint256(org.epochMinted) + total;
        if (minted > org.budget) {
            uint256 remaining = org.budget > org.epochMinted ? org.budget - org.epochMinted : 0;
            revert ICivicAttestations.CivicLedgerBudgetExceeded(orgId, total, remaining);
        }
        org.epochMinted = uint64(minted); // minted <= budget <= type(uint64).max
        if (!auth.isAccount) {
            if (auth.epoch != epoch) {
                auth.epoch = epoch;
                auth.epochMinted = 0;
            }
            uint256 delegateMinted = uint256(auth.epochMinted) + total;
            if (delegateMinted > auth.cap) {
                uint256 remaining = auth.cap > auth.epochMinted ? auth.cap - auth.epochMinted : 0;
                revert ICivicAttestations.CivicLedgerDelegateCapExceeded(attester, total, remaining);
            }
            auth.epochMinted = uint64(delegateMinted); // delegateMinted <= cap <= type(uint64).max
            _layout().attesters[orgId][attester] = auth;
        }
    }

    /// @dev Credits every row to its participant and charges opportunity capacity; returns total credits.
    /// Consecutive rows of the same opportunity share one opportunity load and store.
    function _creditRows(uint32 orgId, uint32 cityId, bytes32[] memory rows) private returns (uint256 total) {
        Layout storage $ = _layout();
        mapping(address resident => uint256 packed) storage accounts = $.accounts[cityId];
        uint256 n = rows.length;
        uint48 currentId;
        OpportunityState memory opp;
        for (uint256 i; i < n; ++i) {
            (address participant, uint48 opportunityId, uint48 units) = CivicRows.unpack(rows[i]);
            if (participant == address(0) || units == 0) revert ICivicAttestations.CivicLedgerInvalidRow(i);
            if (opportunityId != currentId) {
                if (currentId != 0) $.opportunities[currentId] = opp;
                opp = $.opportunities[opportunityId];
                if (opp.orgId != orgId) {
                    revert ICivicAttestations.CivicLedgerForeignOpportunity(opportunityId, orgId);
                }
                if (opp.status != OpportunityStatus.Open) {
                    revert ICivicRegistry.CivicLedgerOpportunityClosed(opportunityId);
                }
                if (block.timestamp < opp.start || block.timestamp > opp.end) {
                    revert ICivicAttestations.CivicLedgerOutsideWindow(opp.start, opp.end, block.timestamp);
                }
                currentId = opportunityId;
            }
            uint256 used = uint256(opp.used) + units;
            if (used > opp.capacity) {
                revert ICivicAttestations.CivicLedgerCapacityExceeded(opportunityId, opp.capacity - opp.used);
            }
            opp.used = uint48(used); // used <= capacity <= type(uint48).max
            uint256 credits = uint256(units) * opp.creditsPerUnit; // < 2^80, cannot overflow
            total += credits;
            // Adds `credits` to the balance (low half) and the lifetime (high half) in one write. The low
            // half cannot carry: balances are bounded by the uint48 city supply plus one batch (< 2^91).
            // A lifetime overflow overflows the word and reverts (checked arithmetic).
            accounts[participant] += credits | (credits << 128);
        }
        $.opportunities[currentId] = opp;
    }

    /// @dev The one burn path, shared by direct and signed redemptions.
    function _redeem(address resident, uint48 offerId, uint32 cityId) private returns (uint32 seq) {
        Layout storage $ = _layout();
        OfferState memory o = $.offers[offerId];
        if (o.flags & OFFER_ACTIVE == 0) revert ICivicRedemptions.CivicLedgerOfferNotActive(offerId);
        if (block.timestamp < o.start || block.timestamp > o.end) {
            revert ICivicAttestations.CivicLedgerOutsideWindow(o.start, o.end, block.timestamp);
        }
        if (o.stock == 0) revert ICivicRedemptions.CivicLedgerOutOfStock(offerId);
        OrgState memory org = $.orgs[o.orgId];
        if (org.status != OrgStatus.Active) revert ICivicRegistry.CivicLedgerOrganizationSuspended(o.orgId);
        if (cityId == org.cityId ? o.flags & OFFER_HOME_CITY == 0 : !$.offerCities[offerId][cityId])
            revert ICivicRedemptions.CivicLedgerCityNotAccepted(offerId, cityId);
        if (o.flags & OFFER_LIMITED != 0) {
            uint256 count = $.redemptionCounts[offerId][resident] + 1;
            if (count > $.offerLimits[offerId]) {
                revert ICivicRedemptions.CivicLedgerResidentLimitReached(offerId, resident);
            }
            $.redemptionCounts[offerId][resident] = count;
        }

        CityState memory c = $.cities[cityId];
        if (c.paused) revert ICivicRegistry.CivicLedgerPaused();
        uint256 packed = $.accounts[cityId][resident];
        uint64 price = o.price;
        if (packed & BALANCE_MASK < price) {
            revert ICivicRedemptions.CivicLedgerInsufficientBalance(
                cityId,
                resident,
                packed & BALANCE_MASK,
                price
            );
        }
        unchecked {
            // balance >= price: the subtraction stays in the low (balance) half.
            $.accounts[cityId][resident] = packed - price;
            // supply >= balance >= price, and price < 2^48 because it is at most the balance.
            c.supply -= uint48(price);
            // stock > 0 was checked above.
            o.stock -= 1;
        }
        seq = o.sold;
        o.sold = seq + 1; // checked: at most 2^32 - 1 redemptions per offer
        $.offers[offerId] = o;
        c.head = _link(
            c.head,
            _redemptionRecord(offerId, seq, resident, cityId, price, uint40(block.timestamp))
        );
        _storeCity(cityId, c);
        emit ICivicRedemptions.Redeemed(offerId, resident, seq, cityId, price);
    }

    /// @dev Stores a city slot after a record was appended; every 256th record also stores a checkpoint.
    function _storeCity(uint32 cityId, CityState memory c) private {
        unchecked {
            // Deliberate wrap-around: the counter only decides when to store a checkpoint.
            ++c.sinceCheckpoint;
        }
        _layout().cities[cityId] = c;
        if (c.sinceCheckpoint == 0) {
            _layout().checkpoints[cityId][c.head] = true;
            emit ICivicAttestations.CheckpointRecorded(cityId, c.head);
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
