// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {
    CityState,
    CityMeta,
    CityInfo,
    OrgState,
    OrgStatus,
    OrganizationInfo,
    DelegateState,
    OpportunityState,
    OpportunityStatus,
    OpportunityParams,
    OpportunityInfo,
    OfferState,
    OfferStatus,
    OfferParams,
    OfferInfo,
    RecoveryState,
    RedemptionStatus,
    AttestationBatchProof,
    RedemptionProof,
    CivicRows,
    OFFER_ACTIVE,
    OFFER_HOME_CITY,
    OFFER_LIMITED
} from "../types/CivicTypes.sol";
import {ICivicRegistry} from "../interfaces/ICivicRegistry.sol";
import {ICivicAttestations} from "../interfaces/ICivicAttestations.sol";
import {ICivicRedemptions} from "../interfaces/ICivicRedemptions.sol";
import {CivicLedgerBase} from "./CivicLedgerBase.sol";

/**
 * @title CivicLedgerAdmin
 * @notice Cold paths of the City/Sync ledger: governance, registry, revocation, recovery, fulfilment,
 * refunds, nonces and views. Runs only by delegatecall from `CivicLedger`, in the ledger's storage. It keeps
 * no state of its own: called directly it acts on its own empty storage, where nobody is an admin.
 * @dev Implements the parts of `ICivicLedger` that `CivicLedger` does not.
 */
contract CivicLedgerAdmin is CivicLedgerBase {
    /// @notice Maximum number of cities (bounds the cost of `pause`, which mirrors the flag into every city).
    uint32 public constant MAX_CITIES = 500;

    /**
     * @param epochDuration_ Budget epoch length in seconds (> 0).
     * @param disputeWindow_ Revocation window in seconds.
     * @param recoveryDelay_ Wallet recovery delay in seconds.
     * @param adminTransferDelay_ Network admin transfer delay in seconds.
     * @param signatureHorizon_ Longest validity of a signed attestation or redemption in seconds (> 0).
     */
    constructor(
        uint256 epochDuration_,
        uint256 disputeWindow_,
        uint256 recoveryDelay_,
        uint256 adminTransferDelay_,
        uint256 signatureHorizon_
    )
        CivicLedgerBase(
            epochDuration_,
            disputeWindow_,
            recoveryDelay_,
            adminTransferDelay_,
            signatureHorizon_
        )
    {
        if (epochDuration_ == 0 || epochDuration_ > type(uint32).max || signatureHorizon_ == 0)
            revert ICivicRegistry.CivicLedgerZeroAmount();
    }

    // ================================================================== governance

    /// @notice See {ICivicRegistry-beginNetworkAdminTransfer}. Works while paused.
    function beginNetworkAdminTransfer(address newAdmin) external {
        Layout storage $ = _onlyNetworkAdmin();
        if (newAdmin == address(0)) revert ICivicRegistry.CivicLedgerZeroAddress();
        _requireSafe(newAdmin);
        uint256 executableAt = block.timestamp + _adminTransferDelay;
        $.pendingAdmin = newAdmin;
        $.pendingAdminAt = uint40(executableAt);
        emit ICivicRegistry.NetworkAdminTransferStarted(msg.sender, newAdmin, executableAt);
    }

    /// @notice See {ICivicRegistry-cancelNetworkAdminTransfer}. Works while paused.
    function cancelNetworkAdminTransfer() external {
        Layout storage $ = _onlyNetworkAdmin();
        address pending = $.pendingAdmin;
        if (pending == address(0)) revert ICivicRegistry.CivicLedgerNoAdminTransfer();
        delete $.pendingAdmin;
        delete $.pendingAdminAt;
        emit ICivicRegistry.NetworkAdminTransferCancelled(pending);
    }

    /// @notice See {ICivicRegistry-acceptNetworkAdmin}. Works while paused.
    function acceptNetworkAdmin() external {
        Layout storage $ = _layout();
        address pending = $.pendingAdmin;
        if (pending == address(0)) revert ICivicRegistry.CivicLedgerNoAdminTransfer();
        if (msg.sender != pending) revert ICivicRegistry.CivicLedgerNotPendingAdmin(msg.sender);
        if (block.timestamp < $.pendingAdminAt) {
            revert ICivicRegistry.CivicLedgerAdminTransferNotReady($.pendingAdminAt);
        }
        address previous = $.networkAdmin;
        $.networkAdmin = pending;
        delete $.pendingAdmin;
        delete $.pendingAdminAt;
        emit ICivicRegistry.NetworkAdminTransferred(previous, pending);
    }

    /// @notice See {ICivicRegistry-pause}.
    function pause() external {
        _setPaused(true);
        emit ICivicRegistry.LedgerPaused(msg.sender);
    }

    /// @notice See {ICivicRegistry-unpause}.
    function unpause() external {
        _setPaused(false);
        emit ICivicRegistry.LedgerUnpaused(msg.sender);
    }

    /// @notice See {ICivicRegistry-networkAdmin}.
    function networkAdmin() external view returns (address) {
        return _layout().networkAdmin;
    }

    /// @notice See {ICivicRegistry-pendingNetworkAdmin}.
    function pendingNetworkAdmin() external view returns (address pendingAdmin, uint256 executableAt) {
        Layout storage $ = _layout();
        return ($.pendingAdmin, $.pendingAdminAt);
    }

    /// @notice See {ICivicRegistry-paused}.
    function paused() external view returns (bool) {
        return _layout().paused;
    }

    // ================================================================== cities

    /// @notice See {ICivicRegistry-createCity}.
    function createCity(
        address admin,
        string calldata code,
        string calldata name
    ) external returns (uint32 cityId) {
        Layout storage $ = _onlyNetworkAdmin();
        _requireNotPaused();
        _requireSafe(admin);
        _requireCityLabels(code, name);
        bytes32 codeHash = keccak256(bytes(code));
        if ($.cityByCode[codeHash] != 0) revert ICivicRegistry.CivicLedgerCityCodeTaken(code);
        if ($.cityCount >= MAX_CITIES) revert ICivicRegistry.CivicLedgerTooManyCities();
        cityId = ++$.cityCount;
        $.cityByCode[codeHash] = cityId;
        $.cityMeta[cityId] = CityMeta({admin: admin, code: code, name: name});
        $.cities[cityId].paused = $.paused;
        emit ICivicRegistry.CityCreated(cityId, admin, code, name);
    }

    /// @notice See {ICivicRegistry-setCityAdmin}. Works while paused (to replace a compromised admin).
    function setCityAdmin(uint32 cityId, address newAdmin) external {
        Layout storage $ = _onlyNetworkAdmin();
        _requireCity(cityId);
        _requireSafe(newAdmin);
        address previous = $.cityMeta[cityId].admin;
        $.cityMeta[cityId].admin = newAdmin;
        emit ICivicRegistry.CityAdminChanged(cityId, previous, newAdmin);
    }

    /// @notice See {ICivicRegistry-city}.
    function city(uint32 cityId) external view returns (CityInfo memory info) {
        Layout storage $ = _layout();
        CityMeta storage meta = $.cityMeta[cityId];
        CityState memory c = $.cities[cityId];
        return
            CityInfo({admin: meta.admin, code: meta.code, name: meta.name, supply: c.supply, head: c.head});
    }

    /// @notice See {ICivicRegistry-cityCount}.
    function cityCount() external view returns (uint32) {
        return _layout().cityCount;
    }

    // ================================================================== organizations

    /// @notice See {ICivicRegistry-onboardOrganization}.
    function onboardOrganization(
        uint32 cityId,
        address account,
        uint64 budget,
        string calldata metadata
    ) external returns (uint32 orgId) {
        _requireNotPaused();
        Layout storage $ = _onlyCityAdmin(cityId);
        _requireSafe(account);
        bytes32 metadataHash = _metadataHash(metadata);
        orgId = ++$.orgCount;
        $.orgs[orgId] = OrgState({
            status: OrgStatus.Active,
            cityId: cityId,
            budget: budget,
            epochMinted: 0,
            epoch: _currentEpoch(),
            nextSeq: 0
        });
        $.orgAccounts[orgId] = account;
        $.attesters[orgId][account] = DelegateState({
            active: true,
            isAccount: true,
            cap: 0,
            epochMinted: 0,
            epoch: 0,
            generation: 0
        });
        $.orgMetadata[orgId] = metadataHash;
        emit ICivicRegistry.OrganizationOnboarded(orgId, cityId, account, budget, metadataHash, metadata);
    }

    /// @notice See {ICivicRegistry-setOrganizationStatus}. Suspending works while paused; reactivating does not.
    function setOrganizationStatus(uint32 orgId, OrgStatus status) external {
        Layout storage $ = _layout();
        OrgState storage org = _requireOrg(orgId);
        _onlyCityAdmin(org.cityId);
        if (status == OrgStatus.None || status == org.status)
            revert ICivicRegistry.CivicLedgerInvalidStatus();
        if (status == OrgStatus.Active) _requireNotPaused();
        $.orgs[orgId].status = status;
        // A suspension ends every signature of the organization made before, for good: reactivating keeps
        // the new generation.
        uint32 generation = $.orgGenerations[orgId];
        if (status == OrgStatus.Suspended) $.orgGenerations[orgId] = ++generation;
        emit ICivicRegistry.OrganizationStatusChanged(orgId, status, generation);
    }

    /// @notice See {ICivicRegistry-setOrganizationBudget}.
    function setOrganizationBudget(uint32 orgId, uint64 budget) external {
        _requireNotPaused();
        OrgState storage org = _requireOrg(orgId);
        _onlyCityAdmin(org.cityId);
        org.budget = budget;
        emit ICivicRegistry.OrganizationBudgetChanged(orgId, budget);
    }

    /// @notice See {ICivicRegistry-setOrganizationAccount}.
    function setOrganizationAccount(uint32 orgId, address newAccount) external {
        _requireNotPaused();
        Layout storage $ = _onlyOrgAccount(orgId);
        _requireSafe(newAccount);
        address previous = $.orgAccounts[orgId];
        delete $.attesters[orgId][previous];
        $.orgAccounts[orgId] = newAccount;
        $.attesters[orgId][newAccount] = DelegateState({
            active: true,
            isAccount: true,
            cap: 0,
            epochMinted: 0,
            epoch: 0,
            generation: 0
        });
        // The former account's and the delegates' signatures die with the move.
        uint32 generation = ++$.orgGenerations[orgId];
        emit ICivicRegistry.OrganizationAccountChanged(orgId, previous, newAccount, generation);
    }

    /// @notice See {ICivicRegistry-organization}.
    function organization(uint32 orgId) external view returns (OrganizationInfo memory) {
        Layout storage $ = _layout();
        OrgState memory org = $.orgs[orgId];
        return
            OrganizationInfo({
                account: $.orgAccounts[orgId],
                status: org.status,
                cityId: org.cityId,
                budget: org.budget,
                epochMinted: org.epochMinted,
                epoch: org.epoch,
                nextSeq: org.nextSeq,
                metadataHash: $.orgMetadata[orgId]
            });
    }

    /// @notice See {ICivicRegistry-organizationCount}.
    function organizationCount() external view returns (uint32) {
        return _layout().orgCount;
    }

    /// @notice See {ICivicRegistry-authorizeDelegate}.
    function authorizeDelegate(uint32 orgId, address delegate, uint64 cap) external {
        _requireNotPaused();
        Layout storage $ = _onlyOrgAccount(orgId);
        if (delegate == address(0)) revert ICivicRegistry.CivicLedgerZeroAddress();
        DelegateState storage d = $.attesters[orgId][delegate];
        if (d.isAccount) revert ICivicRegistry.CivicLedgerDelegateIsAccount(orgId, delegate);
        uint64 budget = $.orgs[orgId].budget;
        if (cap == 0 || cap > budget) revert ICivicRegistry.CivicLedgerInvalidDelegateCap(cap, budget);
        d.active = true;
        d.cap = cap;
        emit ICivicRegistry.DelegateAuthorized(
            orgId,
            delegate,
            cap,
            _authorizationGeneration(orgId, delegate)
        );
    }

    /// @notice See {ICivicRegistry-revokeDelegate}. Works while paused.
    function revokeDelegate(uint32 orgId, address delegate) external {
        Layout storage $ = _onlyOrgAccount(orgId);
        DelegateState storage d = $.attesters[orgId][delegate];
        if (!d.active || d.isAccount) revert ICivicRegistry.CivicLedgerUnknownDelegate(orgId, delegate);
        // The epoch counter is kept so that re-authorizing within the epoch does not reset the cap; the
        // generation is bumped so that re-authorizing does not revive the delegate's earlier signatures.
        d.active = false;
        uint32 generation = ++d.generation;
        emit ICivicRegistry.DelegateRevoked(orgId, delegate, generation);
    }

    /// @notice See {ICivicRegistry-delegateOf}.
    function delegateOf(uint32 orgId, address delegate) external view returns (DelegateState memory) {
        return _layout().attesters[orgId][delegate];
    }

    /// @notice See {ICivicRegistry-authorizationGeneration}.
    function authorizationGeneration(uint32 orgId, address signer) external view returns (uint64) {
        return _authorizationGeneration(orgId, signer);
    }

    // ================================================================== opportunities

    /// @notice See {ICivicRegistry-publishOpportunity}.
    function publishOpportunity(
        uint32 orgId,
        OpportunityParams calldata params
    ) external returns (uint48 opportunityId) {
        _requireNotPaused();
        Layout storage $ = _onlyActiveOrgAccount(orgId);
        if (params.creditsPerUnit == 0 || params.capacity == 0) revert ICivicRegistry.CivicLedgerZeroAmount();
        _requireWindow(params.start, params.end);
        bytes32 metadataHash = _metadataHash(params.metadata);
        opportunityId = ++$.opportunityCount;
        $.opportunities[opportunityId] = OpportunityState({
            orgId: orgId,
            creditsPerUnit: params.creditsPerUnit,
            capacity: params.capacity,
            used: 0,
            start: params.start,
            end: params.end,
            status: OpportunityStatus.Open
        });
        $.opportunityMetadata[opportunityId] = metadataHash;
        emit ICivicRegistry.OpportunityPublished(
            opportunityId,
            orgId,
            params.creditsPerUnit,
            params.capacity,
            params.start,
            params.end,
            metadataHash,
            params.metadata
        );
    }

    /// @notice See {ICivicRegistry-updateOpportunity}.
    function updateOpportunity(
        uint48 opportunityId,
        uint48 capacity,
        uint40 start,
        uint40 end,
        string calldata metadata
    ) external {
        _requireNotPaused();
        Layout storage $ = _layout();
        OpportunityState storage opp = _openOpportunity(opportunityId);
        _onlyOrgAccount(opp.orgId);
        if (capacity == 0) revert ICivicRegistry.CivicLedgerZeroAmount();
        if (capacity < opp.used) revert ICivicRegistry.CivicLedgerCapacityBelowUsed(capacity, opp.used);
        _requireWindow(start, end);
        bytes32 metadataHash = _metadataHash(metadata);
        opp.capacity = capacity;
        opp.start = start;
        opp.end = end;
        $.opportunityMetadata[opportunityId] = metadataHash;
        emit ICivicRegistry.OpportunityUpdated(opportunityId, capacity, start, end, metadataHash, metadata);
    }

    /// @notice See {ICivicRegistry-closeOpportunity}. Works while paused.
    function closeOpportunity(uint48 opportunityId) external {
        OpportunityState storage opp = _openOpportunity(opportunityId);
        _onlyOrgAccount(opp.orgId);
        opp.status = OpportunityStatus.Closed;
        emit ICivicRegistry.OpportunityClosed(opportunityId);
    }

    /// @notice See {ICivicRegistry-opportunity}.
    function opportunity(uint48 opportunityId) external view returns (OpportunityInfo memory) {
        Layout storage $ = _layout();
        OpportunityState memory opp = $.opportunities[opportunityId];
        return
            OpportunityInfo({
                orgId: opp.orgId,
                creditsPerUnit: opp.creditsPerUnit,
                capacity: opp.capacity,
                used: opp.used,
                start: opp.start,
                end: opp.end,
                status: opp.status,
                metadataHash: $.opportunityMetadata[opportunityId]
            });
    }

    /// @notice See {ICivicRegistry-opportunityCount}.
    function opportunityCount() external view returns (uint48) {
        return _layout().opportunityCount;
    }

    // ================================================================== offers

    /// @notice See {ICivicRegistry-publishOffer}.
    function publishOffer(uint32 orgId, OfferParams calldata params) external returns (uint48 offerId) {
        _requireNotPaused();
        Layout storage $ = _onlyActiveOrgAccount(orgId);
        if (params.price == 0 || params.stock == 0) revert ICivicRegistry.CivicLedgerZeroAmount();
        _requireWindow(params.start, params.end);
        bytes32 metadataHash = _metadataHash(params.metadata);
        offerId = ++$.offerCount;
        uint8 flags = OFFER_ACTIVE | _setAcceptedCities(offerId, $.orgs[orgId].cityId, params.acceptedCities);
        if (params.perResidentLimit != 0) {
            flags |= OFFER_LIMITED;
            $.offerLimits[offerId] = params.perResidentLimit;
        }
        $.offers[offerId] = OfferState({
            orgId: orgId,
            price: params.price,
            stock: params.stock,
            sold: 0,
            start: params.start,
            end: params.end,
            flags: flags
        });
        $.offerMetadata[offerId] = metadataHash;
        emit ICivicRegistry.OfferPublished(
            offerId,
            orgId,
            params.price,
            params.stock,
            params.perResidentLimit,
            params.start,
            params.end,
            params.acceptedCities,
            metadataHash,
            params.metadata
        );
    }

    /// @notice See {ICivicRegistry-updateOffer}.
    function updateOffer(
        uint48 offerId,
        uint64 price,
        uint32 stock,
        uint40 start,
        uint40 end,
        string calldata metadata
    ) external {
        _requireNotPaused();
        Layout storage $ = _layout();
        OfferState storage o = _activeOffer(offerId);
        _onlyOrgAccount(o.orgId);
        if (price == 0) revert ICivicRegistry.CivicLedgerZeroAmount();
        _requireWindow(start, end);
        bytes32 metadataHash = _metadataHash(metadata);
        o.price = price;
        o.stock = stock;
        o.start = start;
        o.end = end;
        $.offerMetadata[offerId] = metadataHash;
        emit ICivicRegistry.OfferUpdated(offerId, price, stock, start, end, metadataHash, metadata);
    }

    /// @notice See {ICivicRegistry-closeOffer}. Works while paused.
    function closeOffer(uint48 offerId) external {
        OfferState storage o = _activeOffer(offerId);
        _onlyOrgAccount(o.orgId);
        o.flags &= ~OFFER_ACTIVE;
        emit ICivicRegistry.OfferClosed(offerId);
    }

    /// @notice See {ICivicRegistry-offer}.
    function offer(uint48 offerId) external view returns (OfferInfo memory) {
        Layout storage $ = _layout();
        OfferState memory o = $.offers[offerId];
        OfferStatus status =
            o.flags & OFFER_ACTIVE != 0
                ? OfferStatus.Active
                : (o.orgId != 0 ? OfferStatus.Closed : OfferStatus.None);
        return
            OfferInfo({
                orgId: o.orgId,
                price: o.price,
                stock: o.stock,
                sold: o.sold,
                perResidentLimit: o.flags & OFFER_LIMITED != 0 ? $.offerLimits[offerId] : 0,
                start: o.start,
                end: o.end,
                status: status,
                metadataHash: $.offerMetadata[offerId]
            });
    }

    /// @notice See {ICivicRegistry-offerAcceptsCity}.
    function offerAcceptsCity(uint48 offerId, uint32 cityId) external view returns (bool) {
        Layout storage $ = _layout();
        OfferState memory o = $.offers[offerId];
        if (o.orgId == 0) return false;
        if (cityId == $.orgs[o.orgId].cityId) return o.flags & OFFER_HOME_CITY != 0;
        return $.offerCities[offerId][cityId];
    }

    /// @notice See {ICivicRegistry-offerCount}.
    function offerCount() external view returns (uint48) {
        return _layout().offerCount;
    }

    // ================================================================== parameters

    /// @notice See {ICivicRegistry-epochDuration}.
    function epochDuration() external view returns (uint256) {
        return _epochDuration;
    }

    /// @notice See {ICivicRegistry-currentEpoch}.
    function currentEpoch() external view returns (uint32) {
        return _currentEpoch();
    }

    /// @notice See {ICivicRegistry-disputeWindow}.
    function disputeWindow() external view returns (uint256) {
        return _disputeWindow;
    }

    /// @notice See {ICivicRegistry-recoveryDelay}.
    function recoveryDelay() external view returns (uint256) {
        return _recoveryDelay;
    }

    /// @notice See {ICivicRegistry-adminTransferDelay}.
    function adminTransferDelay() external view returns (uint256) {
        return _adminTransferDelay;
    }

    /// @notice See {ICivicRegistry-signatureHorizon}.
    function signatureHorizon() external view returns (uint256) {
        return _signatureHorizon;
    }

    // ================================================================== revocation

    /// @notice See {ICivicAttestations-revoke}.
    function revoke(
        AttestationBatchProof calldata proof,
        uint256[] calldata rowIndexes,
        uint8 reason
    ) external {
        _requireNotPaused();
        Layout storage $ = _layout();
        uint32 cityId = _requireOrg(proof.orgId).cityId;
        if (msg.sender != $.orgAccounts[proof.orgId] && msg.sender != $.cityMeta[cityId].admin) {
            revert ICivicAttestations.CivicLedgerNotRevoker(proof.orgId, msg.sender);
        }
        uint256 closesAt = uint256(proof.timestamp) + _disputeWindow;
        if (block.timestamp > closesAt) revert ICivicAttestations.CivicLedgerDisputeWindowClosed(closesAt);
        _verifyRecord(
            cityId,
            proof.prevHead,
            _attestationRecordOf(
                proof.orgId,
                proof.firstSeq,
                proof.timestamp,
                proof.evidenceRoot,
                keccak256(abi.encodePacked(proof.rows))
            ),
            proof.laterRecords
        );
        uint256 n = rowIndexes.length;
        if (n == 0) revert ICivicAttestations.CivicLedgerInvalidRowIndex(0);
        uint256 clawedBack;
        for (uint256 i; i < n; ++i) {
            uint256 index = rowIndexes[i];
            if (index >= proof.rows.length || (i != 0 && index <= rowIndexes[i - 1])) {
                revert ICivicAttestations.CivicLedgerInvalidRowIndex(index);
            }
            clawedBack += _revokeRow(
                proof.orgId,
                cityId,
                uint48(proof.firstSeq + index),
                proof.rows[index],
                reason
            );
        }
        // Supply equals the sum of balances, each clawed amount was part of a balance.
        $.cities[cityId].supply -= uint48(clawedBack);
    }

    /// @notice See {ICivicAttestations-checkpoint}. Works while paused.
    function checkpoint(uint32 cityId) external {
        _requireCity(cityId);
        Layout storage $ = _layout();
        uint192 head = $.cities[cityId].head;
        $.checkpoints[cityId][head] = true;
        emit ICivicAttestations.CheckpointRecorded(cityId, head);
    }

    /// @notice See {ICivicAttestations-isCheckpoint}.
    function isCheckpoint(uint32 cityId, uint192 head) external view returns (bool) {
        return _layout().checkpoints[cityId][head];
    }

    /// @notice See {ICivicAttestations-isRevoked}.
    function isRevoked(uint32 orgId, uint48 seq) external view returns (bool) {
        return (_layout().revoked[orgId][seq >> 8] >> (seq & 0xff)) & 1 == 1;
    }

    // ================================================================== recovery

    /// @notice See {ICivicAttestations-requestRecovery}. Freezes `from`'s redemptions in the city.
    function requestRecovery(uint32 cityId, address from, address to) external {
        _requireNotPaused();
        Layout storage $ = _onlyCityAdmin(cityId);
        // A recovered address cannot receive a record: every chain of recoveries ends at a live address and
        // never loops.
        if (from == address(0) || to == address(0) || from == to || $.successors[cityId][to] != address(0)) {
            revert ICivicAttestations.CivicLedgerInvalidRecovery();
        }
        RecoveryState storage r = $.recoveries[cityId][from];
        if (r.to != address(0)) revert ICivicAttestations.CivicLedgerRecoveryPending(cityId, from);
        uint256 executableAt = block.timestamp + _recoveryDelay;
        r.to = to;
        r.executableAt = uint40(executableAt);
        // Whoever holds the old key (maybe a thief) can no longer spend while the recovery is pending.
        $.accounts[cityId][from] |= FROZEN;
        emit ICivicAttestations.RecoveryRequested(cityId, from, to, executableAt);
    }

    /// @notice See {ICivicAttestations-cancelRecovery}. Works while paused.
    function cancelRecovery(uint32 cityId, address from) external {
        _onlyCityAdmin(cityId);
        _dropRecovery(cityId, from);
        emit ICivicAttestations.RecoveryCancelled(cityId, from, msg.sender);
    }

    /// @notice See {ICivicAttestations-contestRecovery}. Works while paused.
    function contestRecovery(uint32 cityId, address from) external {
        if (msg.sender != from) revert ICivicAttestations.CivicLedgerNotRecoveryContester(msg.sender);
        RecoveryState storage r = _pendingRecovery(cityId, from);
        if (r.contested) revert ICivicAttestations.CivicLedgerRecoveryContested(cityId, from);
        if (block.timestamp >= r.executableAt) {
            revert ICivicAttestations.CivicLedgerContestWindowClosed(r.executableAt - 1);
        }
        r.contested = true;
        emit ICivicAttestations.RecoveryContested(cityId, from);
    }

    /// @notice See {ICivicAttestations-resolveRecovery}. Rejecting works while paused.
    function resolveRecovery(uint32 cityId, address from, bool approve) external {
        _onlyNetworkAdmin();
        RecoveryState memory r = _pendingRecovery(cityId, from);
        if (!r.contested) revert ICivicAttestations.CivicLedgerRecoveryNotContested(cityId, from);
        emit ICivicAttestations.RecoveryResolved(cityId, from, approve);
        if (approve) {
            _requireNotPaused();
            _moveRecord(cityId, from, r.to);
        } else {
            _dropRecovery(cityId, from);
        }
    }

    /// @notice See {ICivicAttestations-executeRecovery}.
    function executeRecovery(uint32 cityId, address from) external {
        _requireNotPaused();
        RecoveryState memory r = _pendingRecovery(cityId, from);
        if (r.contested) revert ICivicAttestations.CivicLedgerRecoveryContested(cityId, from);
        if (block.timestamp < r.executableAt)
            revert ICivicAttestations.CivicLedgerRecoveryNotReady(r.executableAt);
        _moveRecord(cityId, from, r.to);
    }

    /// @notice See {ICivicAttestations-pendingRecovery}.
    function pendingRecovery(uint32 cityId, address from) external view returns (RecoveryState memory) {
        return _layout().recoveries[cityId][from];
    }

    /// @notice See {ICivicAttestations-recoveredTo}.
    function recoveredTo(uint32 cityId, address resident) external view returns (address) {
        return _layout().successors[cityId][resident];
    }

    /// @notice See {ICivicAttestations-isFrozen}.
    function isFrozen(uint32 cityId, address resident) external view returns (bool) {
        return _layout().accounts[cityId][resident] & FROZEN != 0;
    }

    /// @notice See {ICivicAttestations-revocationShortfall}.
    function revocationShortfall(uint32 cityId, address resident) external view returns (uint256) {
        return _layout().shortfalls[cityId][resident];
    }

    // ================================================================== redemptions

    /// @notice See {ICivicRedemptions-fulfillRedemption}. Works while paused (bookkeeping only).
    function fulfillRedemption(uint48 offerId, uint32 seq) external {
        _setRedemptionStatus(offerId, seq, RedemptionStatus.Fulfilled);
        emit ICivicRedemptions.RedemptionFulfilled(offerId, seq);
    }

    /// @notice See {ICivicRedemptions-refundRedemption}.
    function refundRedemption(uint48 offerId, uint32 seq, RedemptionProof calldata proof) external {
        _requireNotPaused();
        _setRedemptionStatus(offerId, seq, RedemptionStatus.Refunded);
        uint32 cityId = proof.cityId;
        _verifyRecord(
            cityId,
            proof.prevHead,
            _redemptionRecord(offerId, seq, proof.resident, cityId, proof.credits, proof.timestamp),
            proof.laterRecords
        );
        Layout storage $ = _layout();
        // The redemption counted against a limited offer's per-resident limit; the refund gives it back.
        if ($.offers[offerId].flags & OFFER_LIMITED != 0) --$.redemptionCounts[offerId][proof.resident];
        address holder = _holder(cityId, proof.resident);
        // Credits are fungible: the ledger cannot tell whether the refunded burn spent credits of an attestation
        // revoked since. So a refund first covers the holder's revocation shortfall, and only the rest
        // becomes spendable: credits whose only source is a revoked attestation never come back.
        uint256 shortfall = $.shortfalls[cityId][holder];
        uint64 covered = shortfall < proof.credits ? uint64(shortfall) : proof.credits;
        uint64 spendable = proof.credits - covered;
        if (covered != 0) $.shortfalls[cityId][holder] = shortfall - covered;
        CityState storage c = $.cities[cityId];
        // The credits were burned from this city's supply by the redemption, so restoring them cannot exceed
        // the uint48 supply bound unless the city minted up to the bound since; then this reverts.
        uint256 supply = uint256(c.supply) + spendable;
        if (supply > type(uint48).max) revert ICivicAttestations.CivicLedgerSupplyOverflow(cityId);
        c.supply = uint48(supply);
        // Balance only; lifetime is unchanged because redemptions never reduced it.
        $.accounts[cityId][holder] += spendable;
        emit ICivicRedemptions.RedemptionRefunded(
            offerId,
            seq,
            proof.resident,
            cityId,
            holder,
            proof.credits,
            spendable,
            covered
        );
    }

    /// @notice See {ICivicRedemptions-redemptionStatus}.
    function redemptionStatus(uint48 offerId, uint32 seq) external view returns (RedemptionStatus) {
        Layout storage $ = _layout();
        if (seq >= $.offers[offerId].sold) return RedemptionStatus.None;
        uint256 bits = ($.redemptionStatus[offerId][seq >> 7] >> ((seq & 0x7f) << 1)) & 3;
        return RedemptionStatus(bits + uint256(RedemptionStatus.Redeemed));
    }

    /// @notice See {ICivicRedemptions-redemptionsOf}.
    function redemptionsOf(uint48 offerId, address resident) external view returns (uint256) {
        return _layout().redemptionCounts[offerId][resident];
    }

    // ================================================================== internals

    /// @dev Revokes one row: marks it, claws back `min(balance, credits)`, reduces lifetime by `credits`
    /// (floored at 0). Returns the credits removed from the balance.
    function _revokeRow(
        uint32 orgId,
        uint32 cityId,
        uint48 seq,
        bytes32 row,
        uint8 reason
    ) private returns (uint256 clawedBack) {
        _markRevoked(orgId, seq);
        (address participant, uint48 opportunityId, uint48 units) = CivicRows.unpack(row);
        uint256 credits = uint256(units) * _layout().opportunities[opportunityId].creditsPerUnit;
        // A recovery moved the credits: claw them back where they are now.
        address holder = _holder(cityId, participant);
        clawedBack = _clawBack(cityId, holder, credits);
        emit ICivicAttestations.AttestationRevoked(
            orgId,
            seq,
            participant,
            cityId,
            holder,
            credits,
            clawedBack,
            credits - clawedBack,
            reason,
            msg.sender
        );
    }

    /// @dev Sets the revoked bit of `(orgId, seq)`; reverts if it is already set.
    function _markRevoked(uint32 orgId, uint48 seq) private {
        mapping(uint256 word => uint256 bits) storage words = _layout().revoked[orgId];
        uint256 bit = 1 << (seq & 0xff);
        uint256 bits = words[seq >> 8];
        if (bits & bit != 0) revert ICivicAttestations.CivicLedgerAlreadyRevoked(orgId, seq);
        words[seq >> 8] = bits | bit;
    }

    /// @dev Removes `min(balance, credits)` from the balance and `credits` (floored at 0) from the lifetime; the
    /// rest, already spent, is added to the account's revocation shortfall.
    function _clawBack(uint32 cityId, address account, uint256 credits) private returns (uint256 clawedBack) {
        Layout storage $ = _layout();
        uint256 packed = $.accounts[cityId][account];
        uint256 balance = packed & BALANCE_MASK;
        uint256 lifetime = packed >> 128;
        clawedBack = balance < credits ? balance : credits;
        uint256 newLifetime = lifetime > credits ? lifetime - credits : 0;
        $.accounts[cityId][account] = (newLifetime << 128) | (packed & FROZEN) | (balance - clawedBack);
        if (clawedBack < credits) $.shortfalls[cityId][account] += credits - clawedBack;
    }

    /// @dev The account that holds `resident`'s record now: `resident`, or the end of the chain of executed
    /// recoveries from it (acyclic: a recovery never targets a recovered address).
    function _holder(uint32 cityId, address resident) private view returns (address holder) {
        mapping(address from => address to) storage successors = _layout().successors[cityId];
        holder = resident;
        for (address next = successors[holder]; next != address(0); next = successors[holder]) {
            holder = next;
        }
    }

    /// @dev A pending recovery of `from`; reverts if there is none.
    function _pendingRecovery(uint32 cityId, address from) private view returns (RecoveryState storage r) {
        r = _layout().recoveries[cityId][from];
        if (r.to == address(0)) revert ICivicAttestations.CivicLedgerNoRecovery(cityId, from);
    }

    /// @dev Removes a pending recovery of `from` and lifts its freeze, unless an earlier executed recovery
    /// froze it for good.
    function _dropRecovery(uint32 cityId, address from) private {
        _pendingRecovery(cityId, from);
        Layout storage $ = _layout();
        delete $.recoveries[cityId][from];
        if ($.successors[cityId][from] == address(0)) $.accounts[cityId][from] &= ~FROZEN;
    }

    /// @dev Executes the pending recovery of `from` to `to`: moves balance, lifetime and revocation shortfall,
    /// records `to` as the successor that refunds and revocations follow, and leaves `from` frozen for good.
    function _moveRecord(uint32 cityId, address from, address to) private {
        Layout storage $ = _layout();
        delete $.recoveries[cityId][from];
        uint256 moved = $.accounts[cityId][from] & ~FROZEN;
        $.accounts[cityId][from] = FROZEN;
        // Balances sum to the uint48 supply, so the balance bits cannot carry; a lifetime overflow reverts.
        $.accounts[cityId][to] += moved;
        uint256 shortfall = $.shortfalls[cityId][from];
        if (shortfall != 0) {
            delete $.shortfalls[cityId][from];
            $.shortfalls[cityId][to] += shortfall;
        }
        $.successors[cityId][from] = to;
        emit ICivicAttestations.RecoveryExecuted(
            cityId,
            from,
            to,
            moved & BALANCE_MASK,
            moved >> 128,
            shortfall
        );
    }

    /// @dev Moves a `Redeemed` redemption to `Fulfilled` or `Refunded`. Offering organization only.
    function _setRedemptionStatus(uint48 offerId, uint32 seq, RedemptionStatus status) private {
        Layout storage $ = _layout();
        OfferState memory o = $.offers[offerId];
        if (o.orgId == 0) revert ICivicRegistry.CivicLedgerUnknownOffer(offerId);
        if (msg.sender != $.orgAccounts[o.orgId]) {
            revert ICivicRegistry.CivicLedgerNotOrganizationAccount(o.orgId, msg.sender);
        }
        uint256 shift = (uint256(seq) & 0x7f) << 1;
        uint256 word = $.redemptionStatus[offerId][seq >> 7];
        if (seq >= o.sold || (word >> shift) & 3 != 0) {
            revert ICivicRedemptions.CivicLedgerRedemptionNotPending(offerId, seq);
        }
        // Two bits per sequence: 0 = Redeemed, 1 = Fulfilled, 2 = Refunded.
        uint256 bits = uint256(status) - uint256(RedemptionStatus.Redeemed);
        $.redemptionStatus[offerId][seq >> 7] = word | (bits << shift);
    }

    /// @dev Records the accepted cities of a new offer; returns `OFFER_HOME_CITY` if the home city is among
    /// them. Reverts on an empty list, an unknown city or a duplicate.
    function _setAcceptedCities(
        uint48 offerId,
        uint32 homeCity,
        uint32[] calldata cities
    ) private returns (uint8 flags) {
        Layout storage $ = _layout();
        uint256 n = cities.length;
        if (n == 0) revert ICivicRegistry.CivicLedgerInvalidAcceptedCity(0);
        uint32 count = $.cityCount;
        for (uint256 i; i < n; ++i) {
            uint32 cityId = cities[i];
            if (cityId == 0 || cityId > count) revert ICivicRegistry.CivicLedgerInvalidAcceptedCity(cityId);
            if (cityId == homeCity) {
                if (flags != 0) revert ICivicRegistry.CivicLedgerInvalidAcceptedCity(cityId);
                flags = OFFER_HOME_CITY;
            } else {
                if ($.offerCities[offerId][cityId])
                    revert ICivicRegistry.CivicLedgerInvalidAcceptedCity(cityId);
                $.offerCities[offerId][cityId] = true;
            }
        }
    }

    /// @dev Sets the network pause flag and mirrors it into every city's hot slot.
    function _setPaused(bool value) private {
        Layout storage $ = _onlyNetworkAdmin();
        if ($.paused == value) revert ICivicRegistry.CivicLedgerPauseUnchanged(value);
        $.paused = value;
        uint32 count = $.cityCount;
        for (uint32 cityId = 1; cityId <= count; ++cityId) {
            $.cities[cityId].paused = value;
        }
    }

    /// @dev Reverts unless `code` is 2-8 characters A-Z/0-9 and `name` is 1-64 bytes.
    function _requireCityLabels(string calldata code, string calldata name) private pure {
        bytes calldata c = bytes(code);
        uint256 n = c.length;
        if (n < 2 || n > 8 || bytes(name).length == 0 || bytes(name).length > 64) {
            revert ICivicRegistry.CivicLedgerInvalidCityLabel();
        }
        for (uint256 i; i < n; ++i) {
            bytes1 ch = c[i];
            if (!((ch >= "A" && ch <= "Z") || (ch >= "0" && ch <= "9"))) {
                revert ICivicRegistry.CivicLedgerInvalidCityLabel();
            }
        }
    }

    /// @dev keccak-256 of metadata after checking it is 1 to `MAX_METADATA` bytes.
    function _metadataHash(string calldata metadata) private pure returns (bytes32) {
        uint256 n = bytes(metadata).length;
        if (n == 0 || n > MAX_METADATA) revert ICivicRegistry.CivicLedgerInvalidMetadata(n);
        return keccak256(bytes(metadata));
    }

    /// @dev Reverts unless `start <= end`.
    function _requireWindow(uint40 start, uint40 end) private pure {
        if (end < start) revert ICivicRegistry.CivicLedgerInvalidWindow(start, end);
    }

    function _requireCity(uint32 cityId) private view {
        if (cityId == 0 || cityId > _layout().cityCount) revert ICivicRegistry.CivicLedgerUnknownCity(cityId);
    }

    function _requireOrg(uint32 orgId) private view returns (OrgState storage org) {
        org = _layout().orgs[orgId];
        if (org.status == OrgStatus.None) revert ICivicRegistry.CivicLedgerUnknownOrganization(orgId);
    }

    function _onlyNetworkAdmin() private view returns (Layout storage $) {
        $ = _layout();
        if (msg.sender != $.networkAdmin) revert ICivicRegistry.CivicLedgerNotNetworkAdmin(msg.sender);
    }

    function _onlyCityAdmin(uint32 cityId) private view returns (Layout storage $) {
        _requireCity(cityId);
        $ = _layout();
        if (msg.sender != $.cityMeta[cityId].admin)
            revert ICivicRegistry.CivicLedgerNotCityAdmin(cityId, msg.sender);
    }

    function _onlyOrgAccount(uint32 orgId) private view returns (Layout storage $) {
        _requireOrg(orgId);
        $ = _layout();
        if (msg.sender != $.orgAccounts[orgId]) {
            revert ICivicRegistry.CivicLedgerNotOrganizationAccount(orgId, msg.sender);
        }
    }

    function _onlyActiveOrgAccount(uint32 orgId) private view returns (Layout storage $) {
        $ = _onlyOrgAccount(orgId);
        if ($.orgs[orgId].status != OrgStatus.Active)
            revert ICivicRegistry.CivicLedgerOrganizationSuspended(orgId);
    }

    /// @dev An existing, open opportunity (checks no caller).
    function _openOpportunity(uint48 opportunityId) private view returns (OpportunityState storage opp) {
        opp = _layout().opportunities[opportunityId];
        if (opp.status == OpportunityStatus.None)
            revert ICivicRegistry.CivicLedgerUnknownOpportunity(opportunityId);
        if (opp.status != OpportunityStatus.Open)
            revert ICivicRegistry.CivicLedgerOpportunityClosed(opportunityId);
    }

    /// @dev An existing, active offer (checks no caller).
    function _activeOffer(uint48 offerId) private view returns (OfferState storage o) {
        o = _layout().offers[offerId];
        if (o.orgId == 0) revert ICivicRegistry.CivicLedgerUnknownOffer(offerId);
        if (o.flags & OFFER_ACTIVE == 0) revert ICivicRegistry.CivicLedgerOfferClosed(offerId);
    }
}
