// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SignedAttestation, AttestationBatchProof, RecoveryState} from "../types/CivicTypes.sol";

/**
 * @title ICivicAttestations
 * @notice Attestations (minting), revocations, commitment checkpoints, balances and wallet recovery.
 *
 * Every mint goes through one internal path: `attest`, `attestBatch` and `attestSigned` all record one
 * batch (a single attestation is a batch of one row). Rows are packed per `CivicRows`; the attestation id
 * of row `i` is `(orgId, firstSeq + i)`.
 */
interface ICivicAttestations {
    // ------------------------------------------------------------------ events

    /// @notice A batch of two or more attestation rows was recorded and its credits minted (a batch of one
    /// row emits `AttestationRecorded` instead).
    /// @dev Credits of row `i` = `units_i * creditsPerUnit(opportunityId_i)` (rates are immutable and emitted
    /// in `OpportunityPublished`). Timestamp = block timestamp. No ERC-20 `Transfer` is emitted per row.
    /// The credits are in the organization's city (`OrganizationOnboarded.cityId`).
    /// @param orgId Attesting organization.
    /// @param attester Organization account or delegate that attested (the signer for signed batches).
    /// @param firstSeq Sequence of row 0; row `i` has sequence `firstSeq + i`.
    /// @param evidenceRoot Commitment to the off-chain evidence.
    /// @param rows Packed rows as submitted.
    event AttestationsRecorded(
        uint32 indexed orgId,
        address indexed attester,
        uint48 firstSeq,
        bytes32 evidenceRoot,
        bytes32[] rows
    );

    /// @notice A batch of exactly one row was recorded and its credits minted. Same meaning as
    /// `AttestationsRecorded` with `rows = [row]`; a separate event because it is ~600 gas cheaper to log.
    /// @param orgId Attesting organization.
    /// @param attester Organization account or delegate that attested (the signer for signed batches).
    /// @param seq Sequence of the row.
    /// @param evidence Commitment to the off-chain evidence (the batch's evidence root).
    /// @param row Packed row.
    event AttestationRecorded(
        uint32 indexed orgId,
        address indexed attester,
        uint48 seq,
        bytes32 evidence,
        bytes32 row
    );

    /// @notice An attestation was revoked and its credits clawed back.
    /// @param orgId Attesting organization.
    /// @param seq Attestation sequence.
    /// @param participant Participant of the row.
    /// @param cityId City of the credits.
    /// @param holder Account the credits were clawed back from: the participant, or the address its record
    /// was moved to by executed recoveries (followed to the end).
    /// @param credits Credits the attestation minted (the holder's lifetime is reduced by this, floored at 0).
    /// @param clawedBack Credits removed from the holder's spendable balance (`min(balance, credits)`).
    /// @param shortfall Credits that could not be recovered because they were already spent; added to the
    /// holder's revocation shortfall, which later refunds cover before anything becomes spendable.
    /// @param reason Reason code (see docs/contracts.md).
    /// @param revoker Organization account or city admin that revoked.
    event AttestationRevoked(
        uint32 indexed orgId,
        uint48 indexed seq,
        address indexed participant,
        uint32 cityId,
        address holder,
        uint256 credits,
        uint256 clawedBack,
        uint256 shortfall,
        uint8 reason,
        address revoker
    );

    /// @notice A city head was stored as a checkpoint that revocation and refund proofs can end at.
    /// @param cityId City.
    /// @param head The stored head.
    event CheckpointRecorded(uint32 indexed cityId, uint192 head);

    /// @notice A signer consumed one of its nonces with a signed attestation or redemption.
    /// @param signer Signer.
    /// @param nonce Nonce.
    event NonceUsed(address indexed signer, uint256 nonce);

    /// @notice The city admin requested moving a resident's credits to a new address. From now until the
    /// recovery is executed, cancelled or rejected, `from` cannot redeem in the city (frozen).
    /// @param cityId City.
    /// @param from Old address.
    /// @param to New address.
    /// @param executableAt First second the recovery can be executed.
    event RecoveryRequested(
        uint32 indexed cityId,
        address indexed from,
        address indexed to,
        uint256 executableAt
    );

    /// @notice A pending recovery was cancelled by the city admin; `from` may redeem again (unless an earlier
    /// recovery already moved its record).
    /// @param cityId City.
    /// @param from Old address.
    /// @param by Canceller (the city admin).
    event RecoveryCancelled(uint32 indexed cityId, address indexed from, address indexed by);

    /// @notice The old address contested a pending recovery: it cannot execute until the network admin
    /// resolves it.
    /// @param cityId City.
    /// @param from Old address (the contester).
    event RecoveryContested(uint32 indexed cityId, address indexed from);

    /// @notice The network admin resolved a contested recovery: approved (executed now, `RecoveryExecuted`
    /// follows) or rejected (removed; `from` may redeem again unless an earlier recovery moved its record).
    /// @param cityId City.
    /// @param from Old address.
    /// @param approved Whether the recovery was approved.
    event RecoveryResolved(uint32 indexed cityId, address indexed from, bool approved);

    /// @notice A recovery was executed. `from` stays frozen for good in the city, and later refunds and
    /// revocations of its records act on `to` (following further recoveries of `to`).
    /// @param cityId City.
    /// @param from Old address (left with zero balance, lifetime and shortfall).
    /// @param to New address.
    /// @param balance Spendable credits moved.
    /// @param lifetime Lifetime credits moved.
    /// @param shortfall Revocation shortfall moved.
    event RecoveryExecuted(
        uint32 indexed cityId,
        address indexed from,
        address indexed to,
        uint256 balance,
        uint256 lifetime,
        uint256 shortfall
    );

    // ------------------------------------------------------------------ errors

    /// @notice The caller is neither the organization account nor an active delegate.
    /// @param orgId Organization.
    /// @param caller Caller (or signer).
    error CivicLedgerNotAttester(uint32 orgId, address caller);

    /// @notice A batch has no rows or more than `MAX_BATCH_ROWS`.
    /// @param rows Row count.
    error CivicLedgerInvalidBatchSize(uint256 rows);

    /// @notice A row has a zero participant or zero units.
    /// @param index Row index.
    error CivicLedgerInvalidRow(uint256 index);

    /// @notice A row names an opportunity of another organization (or one that does not exist).
    /// @param row Row index in the batch.
    /// @param opportunityId Opportunity.
    /// @param orgId Attesting organization.
    error CivicLedgerForeignOpportunity(uint256 row, uint48 opportunityId, uint32 orgId);

    /// @notice A row names a closed opportunity.
    /// @param row Row index in the batch.
    /// @param opportunityId Opportunity.
    error CivicLedgerRowOpportunityClosed(uint256 row, uint48 opportunityId);

    /// @notice A row names an opportunity that does not accept attestations at this time.
    /// @param row Row index in the batch.
    /// @param opportunityId Opportunity.
    /// @param start Window start.
    /// @param end Window end.
    /// @param timestamp Current time.
    error CivicLedgerRowOutsideWindow(
        uint256 row,
        uint48 opportunityId,
        uint40 start,
        uint40 end,
        uint256 timestamp
    );

    /// @notice The offer is not accepting redemptions at this time.
    /// @param start Window start.
    /// @param end Window end.
    /// @param timestamp Current time.
    error CivicLedgerOutsideWindow(uint40 start, uint40 end, uint256 timestamp);

    /// @notice Attesting the units of a row would exceed the opportunity capacity.
    /// @param row Row index in the batch.
    /// @param opportunityId Opportunity.
    /// @param remaining Units still available before this row.
    error CivicLedgerCapacityExceeded(uint256 row, uint48 opportunityId, uint256 remaining);

    /// @notice Minting would exceed the organization's remaining budget in this epoch.
    /// @param orgId Organization.
    /// @param requested Credits requested.
    /// @param remaining Credits remaining.
    error CivicLedgerBudgetExceeded(uint32 orgId, uint256 requested, uint256 remaining);

    /// @notice Minting would exceed the delegate's remaining cap in this epoch.
    /// @param delegate Delegate.
    /// @param requested Credits requested.
    /// @param remaining Credits remaining.
    error CivicLedgerDelegateCapExceeded(address delegate, uint256 requested, uint256 remaining);

    /// @notice The city's supply would exceed `type(uint48).max` credits.
    /// @param cityId City.
    error CivicLedgerSupplyOverflow(uint32 cityId);

    /// @notice The signature's deadline has passed.
    /// @param deadline Deadline.
    error CivicLedgerSignatureExpired(uint256 deadline);

    /// @notice The signature's deadline is further ahead than the ledger's signature horizon allows.
    /// @param deadline Deadline.
    /// @param latest Latest deadline accepted now (`block.timestamp + horizon`).
    /// @param horizon The ledger's `signatureHorizon` in seconds.
    error CivicLedgerDeadlineBeyondHorizon(uint256 deadline, uint256 latest, uint256 horizon);

    /// @notice The signed attestation names an authorization generation that is no longer the signer's: the
    /// signer lost its authority after signing (delegate revoked, organization suspended or moved to a new
    /// Safe), so the signature is dead even if the authority was restored.
    /// @param orgId Organization.
    /// @param signer Signer.
    /// @param signed Generation in the signed request.
    /// @param current The signer's current generation.
    error CivicLedgerStaleAuthorization(uint32 orgId, address signer, uint64 signed, uint64 current);

    /// @notice The nonce was already used or invalidated (e.g. a front-run resubmission).
    /// @param signer Signer.
    /// @param nonce Nonce.
    error CivicLedgerNonceUsed(address signer, uint256 nonce);

    /// @notice The signature is not valid for the signer (ECDSA or EIP-1271, checked at execution).
    /// @param signer Claimed signer.
    error CivicLedgerInvalidSignature(address signer);

    /// @notice The proof does not lead from the record to a checkpoint or the live head of the city.
    error CivicLedgerUnknownRecord();

    /// @notice The dispute window of the attestation has closed.
    /// @param closedAt Last second revocation was possible.
    error CivicLedgerDisputeWindowClosed(uint256 closedAt);

    /// @notice The attestation was already revoked.
    /// @param orgId Organization.
    /// @param seq Attestation sequence.
    error CivicLedgerAlreadyRevoked(uint32 orgId, uint48 seq);

    /// @notice A row index is outside the batch, or the index list is empty or not strictly increasing.
    /// @param index Offending index.
    error CivicLedgerInvalidRowIndex(uint256 index);

    /// @notice The caller is neither the organization account nor the city admin.
    /// @param orgId Organization.
    /// @param caller Caller.
    error CivicLedgerNotRevoker(uint32 orgId, address caller);

    /// @notice A recovery is already pending for the address.
    /// @param cityId City.
    /// @param from Old address.
    error CivicLedgerRecoveryPending(uint32 cityId, address from);

    /// @notice No recovery is pending for the address.
    /// @param cityId City.
    /// @param from Old address.
    error CivicLedgerNoRecovery(uint32 cityId, address from);

    /// @notice The recovery delay has not elapsed.
    /// @param executableAt First second the recovery can be executed.
    error CivicLedgerRecoveryNotReady(uint256 executableAt);

    /// @notice Recovery addresses are zero or equal.
    error CivicLedgerInvalidRecovery();

    /// @notice Only the old address may contest its recovery.
    /// @param caller Caller.
    error CivicLedgerNotRecoveryContester(address caller);

    /// @notice The recovery is contested: only the network admin can resolve it (or it was already contested).
    /// @param cityId City.
    /// @param from Old address.
    error CivicLedgerRecoveryContested(uint32 cityId, address from);

    /// @notice The recovery is not contested, so the network admin has nothing to resolve.
    /// @param cityId City.
    /// @param from Old address.
    error CivicLedgerRecoveryNotContested(uint32 cityId, address from);

    /// @notice The recovery can no longer be contested (its delay has elapsed).
    /// @param closedAt Last second it could be contested.
    error CivicLedgerContestWindowClosed(uint256 closedAt);

    // ------------------------------------------------------------------ attest

    /// @notice Attests one contribution. Organization account or delegate.
    /// @param orgId Organization.
    /// @param participant Resident credited.
    /// @param opportunityId Opportunity of the organization.
    /// @param units Units contributed (credits = units * creditsPerUnit).
    /// @param evidence Commitment to the off-chain evidence.
    /// @return seq Attestation sequence.
    function attest(
        uint32 orgId,
        address participant,
        uint48 opportunityId,
        uint48 units,
        bytes32 evidence
    ) external returns (uint48 seq);

    /// @notice Attests a batch of packed rows (up to `MAX_BATCH_ROWS`). Organization account or delegate.
    /// A row that fails for a per-row reason reverts with an error naming its index.
    /// @param orgId Organization.
    /// @param rows Packed rows (`CivicRows`); every opportunity must belong to `orgId`.
    /// @param evidenceRoot Commitment to the batch's off-chain evidence.
    /// @return firstSeq Sequence of row 0.
    function attestBatch(
        uint32 orgId,
        bytes32[] calldata rows,
        bytes32 evidenceRoot
    ) external returns (uint48 firstSeq);

    /// @notice Records a batch signed (EIP-712) by the organization account or a delegate; anyone may submit.
    /// The request's `generation` must equal the signer's `authorizationGeneration` and its deadline be within
    /// `signatureHorizon` of now.
    /// @param request The signed batch.
    /// @param signature ECDSA signature or EIP-1271 payload (e.g. Safe signatures).
    /// @return firstSeq Sequence of row 0.
    function attestSigned(
        SignedAttestation calldata request,
        bytes calldata signature
    ) external returns (uint48 firstSeq);

    /// @notice EIP-712 digest that a signer signs for `attestSigned`.
    /// @param request The batch.
    function hashAttestation(SignedAttestation calldata request) external view returns (bytes32);

    // ------------------------------------------------------------------ revoke

    /// @notice Revokes rows of a recorded batch within the dispute window. Organization account or city admin.
    /// @param proof The batch and its path to a checkpoint or the live head.
    /// @param rowIndexes Strictly increasing indexes of the rows to revoke.
    /// @param reason Reason code.
    function revoke(
        AttestationBatchProof calldata proof,
        uint256[] calldata rowIndexes,
        uint8 reason
    ) external;

    /// @notice Stores the city's current head as a checkpoint. Anyone; works while paused.
    /// @param cityId City.
    function checkpoint(uint32 cityId) external;

    /// @notice Whether `head` is a stored checkpoint of the city.
    /// @param cityId City.
    /// @param head Head value.
    function isCheckpoint(uint32 cityId, uint192 head) external view returns (bool);

    /// @notice Whether attestation `(orgId, seq)` was revoked.
    /// @param orgId Organization.
    /// @param seq Attestation sequence.
    function isRevoked(uint32 orgId, uint48 seq) external view returns (bool);

    // ------------------------------------------------------------------ balances

    /// @notice Spendable credits of `resident` in `cityId`.
    /// @param cityId City.
    /// @param resident Resident.
    function balanceOf(uint32 cityId, address resident) external view returns (uint256);

    /// @notice Credits ever earned by `resident` in `cityId` (not reduced by redemptions).
    /// @param cityId City.
    /// @param resident Resident.
    function lifetimeEarned(uint32 cityId, address resident) external view returns (uint256);

    /// @notice Credits in circulation in `cityId` (sum of all balances).
    /// @param cityId City.
    function totalSupply(uint32 cityId) external view returns (uint256);

    // ------------------------------------------------------------------ recovery

    /// @notice Requests moving `from`'s balance and lifetime in the city to `to`. City admin only.
    /// @param cityId City.
    /// @param from Old address.
    /// @param to New address.
    function requestRecovery(uint32 cityId, address from, address to) external;

    /// @notice Cancels a pending recovery. City admin only; works while paused. (The old address cannot cancel:
    /// whoever stole its key would veto every recovery. It contests instead.)
    /// @param cityId City.
    /// @param from Old address.
    function cancelRecovery(uint32 cityId, address from) external;

    /// @notice Contests a pending recovery before its delay ends. Old address only; works while paused. A
    /// contested recovery executes only if the network admin approves it.
    /// @param cityId City.
    /// @param from Old address (the caller).
    function contestRecovery(uint32 cityId, address from) external;

    /// @notice Approves (executes now) or rejects (removes) a contested recovery. Network admin only; approving
    /// does not work while paused, rejecting does.
    /// @param cityId City.
    /// @param from Old address.
    /// @param approve Whether to execute the recovery.
    function resolveRecovery(uint32 cityId, address from, bool approve) external;

    /// @notice Executes a pending, uncontested recovery after the delay. Anyone.
    /// @param cityId City.
    /// @param from Old address.
    function executeRecovery(uint32 cityId, address from) external;

    /// @notice A pending recovery (zero `to` if none).
    /// @param cityId City.
    /// @param from Old address.
    function pendingRecovery(uint32 cityId, address from) external view returns (RecoveryState memory);

    /// @notice The address an executed recovery moved `resident`'s record to (zero if none).
    /// @param cityId City.
    /// @param resident Old address.
    function recoveredTo(uint32 cityId, address resident) external view returns (address);

    /// @notice Whether `resident` cannot redeem in the city: a recovery of it is pending or was executed.
    /// @param cityId City.
    /// @param resident Resident.
    function isFrozen(uint32 cityId, address resident) external view returns (bool);

    /// @notice Credits of revoked attestations that `resident` had already spent and that no refund has covered
    /// yet. Refunds to the resident cover it first; only the rest becomes spendable.
    /// @param cityId City.
    /// @param resident Resident.
    function revocationShortfall(uint32 cityId, address resident) external view returns (uint256);
}
