// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {
    CityInfo,
    OrganizationInfo,
    OpportunityInfo,
    OfferInfo,
    OpportunityParams,
    OfferParams,
    OrgStatus,
    DelegateState
} from "../types/CivicTypes.sol";

/**
 * @title ICivicRegistry
 * @notice Governance, cities, organizations, delegates, opportunities and offers of the City/Sync ledger.
 */
interface ICivicRegistry {
    // ------------------------------------------------------------------ events

    /// @notice The ledger was deployed with these immutable parameters.
    /// @param networkAdmin Initial network admin.
    /// @param epochDuration Length of a budget epoch in seconds (epoch index = timestamp / epochDuration).
    /// @param disputeWindow Seconds after an attestation during which it can be revoked.
    /// @param recoveryDelay Seconds between a recovery request and its earliest execution.
    /// @param adminTransferDelay Seconds between starting and accepting a network admin transfer.
    /// @param signatureHorizon Longest time, in seconds from the block that executes it, that a signed attestation
    /// or redemption may remain valid (its deadline is at most `block.timestamp + signatureHorizon`).
    event LedgerConfigured(
        address indexed networkAdmin,
        uint256 epochDuration,
        uint256 disputeWindow,
        uint256 recoveryDelay,
        uint256 adminTransferDelay,
        uint256 signatureHorizon
    );

    /// @notice A network admin transfer was started.
    /// @param currentAdmin Admin that started it.
    /// @param pendingAdmin Admin that may accept it.
    /// @param executableAt First second at which it can be accepted.
    event NetworkAdminTransferStarted(
        address indexed currentAdmin,
        address indexed pendingAdmin,
        uint256 executableAt
    );

    /// @notice A pending network admin transfer was cancelled by the current admin.
    /// @param pendingAdmin The admin that can no longer accept.
    event NetworkAdminTransferCancelled(address indexed pendingAdmin);

    /// @notice The network admin changed.
    /// @param previousAdmin Former admin.
    /// @param newAdmin New admin.
    event NetworkAdminTransferred(address indexed previousAdmin, address indexed newAdmin);

    /// @notice The network admin paused the ledger (see docs/contracts.md, "Pause").
    /// @param admin The network admin.
    event LedgerPaused(address indexed admin);

    /// @notice The network admin unpaused the ledger.
    /// @param admin The network admin.
    event LedgerUnpaused(address indexed admin);

    /// @notice A city was created.
    /// @param cityId New city id (sequential from 1).
    /// @param admin City admin account (a Safe).
    /// @param code Short code, e.g. "BRK" (2-8 characters A-Z or 0-9, unique).
    /// @param name Display name, e.g. "Berkeley".
    event CityCreated(uint32 indexed cityId, address indexed admin, string code, string name);

    /// @notice The admin of a city changed.
    /// @param cityId City.
    /// @param previousAdmin Former admin.
    /// @param newAdmin New admin (a Safe).
    event CityAdminChanged(uint32 indexed cityId, address indexed previousAdmin, address indexed newAdmin);

    /// @notice An organization was onboarded by its city's admin.
    /// @param orgId New organization id (sequential from 1).
    /// @param cityId The organization's city.
    /// @param account Organization account (a Safe).
    /// @param budget Credits it may mint per epoch.
    /// @param metadataHash keccak-256 of `metadata`.
    /// @param metadata Public compact JSON.
    event OrganizationOnboarded(
        uint32 indexed orgId,
        uint32 indexed cityId,
        address indexed account,
        uint64 budget,
        bytes32 metadataHash,
        string metadata
    );

    /// @notice An organization was suspended or reactivated.
    /// @param orgId Organization.
    /// @param status New status.
    /// @param orgGeneration The organization's generation after the change (bumped by a suspension: every signature
    /// of its account and delegates made before is dead for good).
    event OrganizationStatusChanged(uint32 indexed orgId, OrgStatus status, uint32 orgGeneration);

    /// @notice An organization's per-epoch budget changed; it applies to the current epoch immediately.
    /// @param orgId Organization.
    /// @param budget New budget.
    event OrganizationBudgetChanged(uint32 indexed orgId, uint64 budget);

    /// @notice An organization moved to a new account (a Safe).
    /// @param orgId Organization.
    /// @param previousAccount Former account.
    /// @param newAccount New account.
    /// @param orgGeneration The organization's generation after the move (bumped: every signature of its former
    /// account and of its delegates made before is dead for good).
    event OrganizationAccountChanged(
        uint32 indexed orgId,
        address indexed previousAccount,
        address indexed newAccount,
        uint32 orgGeneration
    );

    /// @notice A delegate attester was authorized (or its cap changed).
    /// @param orgId Organization.
    /// @param delegate Staff key.
    /// @param cap Credits it may mint per epoch.
    /// @param generation The authorization generation the delegate signs with from now on
    /// (`orgGeneration << 32 | delegateGeneration`, see `authorizationGeneration`).
    event DelegateAuthorized(uint32 indexed orgId, address indexed delegate, uint64 cap, uint64 generation);

    /// @notice A delegate attester was revoked; every signature it made before is dead for good.
    /// @param orgId Organization.
    /// @param delegate Staff key.
    /// @param delegateGeneration The delegate's own generation after the revocation (bumped).
    event DelegateRevoked(uint32 indexed orgId, address indexed delegate, uint32 delegateGeneration);

    /// @notice An opportunity was published.
    /// @param opportunityId New opportunity id (sequential from 1).
    /// @param orgId Publishing organization.
    /// @param creditsPerUnit Credits per unit (immutable).
    /// @param capacity Maximum units.
    /// @param start First second attestations are accepted.
    /// @param end Last second attestations are accepted.
    /// @param metadataHash keccak-256 of `metadata`.
    /// @param metadata Public compact JSON.
    event OpportunityPublished(
        uint48 indexed opportunityId,
        uint32 indexed orgId,
        uint32 creditsPerUnit,
        uint48 capacity,
        uint40 start,
        uint40 end,
        bytes32 metadataHash,
        string metadata
    );

    /// @notice An opportunity's capacity, window or metadata was updated.
    /// @param opportunityId Opportunity.
    /// @param capacity New capacity.
    /// @param start New start.
    /// @param end New end.
    /// @param metadataHash keccak-256 of `metadata`.
    /// @param metadata New public compact JSON.
    event OpportunityUpdated(
        uint48 indexed opportunityId,
        uint48 capacity,
        uint40 start,
        uint40 end,
        bytes32 metadataHash,
        string metadata
    );

    /// @notice An opportunity was closed for good.
    /// @param opportunityId Opportunity.
    event OpportunityClosed(uint48 indexed opportunityId);

    /// @notice An offer was published.
    /// @param offerId New offer id (sequential from 1).
    /// @param orgId Offering organization.
    /// @param price Credits per redemption.
    /// @param stock Redemptions available.
    /// @param perResidentLimit Maximum redemptions per resident (0 = unlimited).
    /// @param start First second redemptions are accepted.
    /// @param end Last second redemptions are accepted.
    /// @param acceptedCities Cities whose credits are accepted.
    /// @param metadataHash keccak-256 of `metadata`.
    /// @param metadata Public compact JSON.
    event OfferPublished(
        uint48 indexed offerId,
        uint32 indexed orgId,
        uint64 price,
        uint32 stock,
        uint32 perResidentLimit,
        uint40 start,
        uint40 end,
        uint32[] acceptedCities,
        bytes32 metadataHash,
        string metadata
    );

    /// @notice An offer's price, stock, window or metadata was updated.
    /// @param offerId Offer.
    /// @param price New price.
    /// @param stock New remaining stock.
    /// @param start New start.
    /// @param end New end.
    /// @param metadataHash keccak-256 of `metadata`.
    /// @param metadata New public compact JSON.
    event OfferUpdated(
        uint48 indexed offerId,
        uint64 price,
        uint32 stock,
        uint40 start,
        uint40 end,
        bytes32 metadataHash,
        string metadata
    );

    /// @notice An offer was closed for good.
    /// @param offerId Offer.
    event OfferClosed(uint48 indexed offerId);

    // ------------------------------------------------------------------ errors

    /// @notice The caller is not the network admin.
    /// @param caller The caller.
    error CivicLedgerNotNetworkAdmin(address caller);

    /// @notice The caller is not the pending network admin.
    /// @param caller The caller.
    error CivicLedgerNotPendingAdmin(address caller);

    /// @notice No network admin transfer is pending.
    error CivicLedgerNoAdminTransfer();

    /// @notice The admin transfer delay has not elapsed.
    /// @param executableAt First second the transfer can be accepted.
    error CivicLedgerAdminTransferNotReady(uint256 executableAt);

    /// @notice The caller is not the admin of the city.
    /// @param cityId City.
    /// @param caller The caller.
    error CivicLedgerNotCityAdmin(uint32 cityId, address caller);

    /// @notice The caller is not the organization's account.
    /// @param orgId Organization.
    /// @param caller The caller.
    error CivicLedgerNotOrganizationAccount(uint32 orgId, address caller);

    /// @notice The account is not a Safe deployed on this chain (no code, or `getThreshold()` failed or is 0).
    /// @param account The account.
    error CivicLedgerNotSafe(address account);

    /// @notice The account is an externally owned account delegating its code through EIP-7702 (code
    /// `0xef0100 || address`): one key controls it, so it may not hold a role that requires a Safe.
    /// @param account The account.
    error CivicLedgerDelegatedAccount(address account);

    /// @notice A required address is zero.
    error CivicLedgerZeroAddress();

    /// @notice The ledger is paused.
    error CivicLedgerPaused();

    /// @notice `pause`/`unpause` called in the state it would produce.
    /// @param paused Current pause state.
    error CivicLedgerPauseUnchanged(bool paused);

    /// @notice The city does not exist.
    /// @param cityId City.
    error CivicLedgerUnknownCity(uint32 cityId);

    /// @notice The city code is not 2-8 characters A-Z/0-9, or the name is empty or longer than 64 bytes.
    error CivicLedgerInvalidCityLabel();

    /// @notice Another city already uses this code.
    /// @param code The code.
    error CivicLedgerCityCodeTaken(string code);

    /// @notice The city limit (`MAX_CITIES`) is reached.
    error CivicLedgerTooManyCities();

    /// @notice The organization does not exist.
    /// @param orgId Organization.
    error CivicLedgerUnknownOrganization(uint32 orgId);

    /// @notice The organization is suspended.
    /// @param orgId Organization.
    error CivicLedgerOrganizationSuspended(uint32 orgId);

    /// @notice The requested organization status is not Active or Suspended, or equals the current one.
    error CivicLedgerInvalidStatus();

    /// @notice Metadata is empty or longer than `MAX_METADATA_BYTES`.
    /// @param length Metadata length.
    error CivicLedgerInvalidMetadata(uint256 length);

    /// @notice A delegate cap is zero or above the organization budget.
    /// @param cap Requested cap.
    /// @param budget Organization budget.
    error CivicLedgerInvalidDelegateCap(uint64 cap, uint64 budget);

    /// @notice The address is not an active delegate of the organization.
    /// @param orgId Organization.
    /// @param delegate Address.
    error CivicLedgerUnknownDelegate(uint32 orgId, address delegate);

    /// @notice The organization account cannot also be authorized as a delegate.
    /// @param orgId Organization.
    /// @param delegate Address.
    error CivicLedgerDelegateIsAccount(uint32 orgId, address delegate);

    /// @notice The opportunity does not exist.
    /// @param opportunityId Opportunity.
    error CivicLedgerUnknownOpportunity(uint48 opportunityId);

    /// @notice The opportunity is closed.
    /// @param opportunityId Opportunity.
    error CivicLedgerOpportunityClosed(uint48 opportunityId);

    /// @notice `creditsPerUnit`, `capacity`, `price` or `stock` is zero where it must not be.
    error CivicLedgerZeroAmount();

    /// @notice `end` is before `start`.
    /// @param start Start.
    /// @param end End.
    error CivicLedgerInvalidWindow(uint40 start, uint40 end);

    /// @notice A new capacity is below the units already attested.
    /// @param capacity Requested capacity.
    /// @param used Units already attested.
    error CivicLedgerCapacityBelowUsed(uint48 capacity, uint48 used);

    /// @notice The offer does not exist.
    /// @param offerId Offer.
    error CivicLedgerUnknownOffer(uint48 offerId);

    /// @notice The offer is closed.
    /// @param offerId Offer.
    error CivicLedgerOfferClosed(uint48 offerId);

    /// @notice The accepted-city list is empty, has a duplicate or names an unknown city.
    /// @param cityId Offending city id (0 when the list is empty).
    error CivicLedgerInvalidAcceptedCity(uint32 cityId);

    // ------------------------------------------------------------------ governance

    /// @notice Starts a two-step network admin transfer; `newAdmin` may accept after the delay.
    /// @param newAdmin Proposed admin.
    function beginNetworkAdminTransfer(address newAdmin) external;

    /// @notice Cancels the pending network admin transfer. Network admin only.
    function cancelNetworkAdminTransfer() external;

    /// @notice Accepts the pending transfer after the delay. Pending admin only.
    function acceptNetworkAdmin() external;

    /// @notice Pauses the ledger. Network admin only.
    function pause() external;

    /// @notice Unpauses the ledger. Network admin only.
    function unpause() external;

    /// @notice Current network admin.
    function networkAdmin() external view returns (address);

    /// @notice Pending network admin transfer (zero address if none) and when it becomes acceptable.
    function pendingNetworkAdmin() external view returns (address pendingAdmin, uint256 executableAt);

    /// @notice Whether the ledger is paused.
    function paused() external view returns (bool);

    // ------------------------------------------------------------------ cities

    /// @notice Creates a city. Network admin only; `admin` must be a Safe.
    /// @param admin City admin Safe.
    /// @param code Unique short code (2-8 characters A-Z/0-9).
    /// @param name Display name (1-64 bytes).
    /// @return cityId New city id.
    function createCity(
        address admin,
        string calldata code,
        string calldata name
    ) external returns (uint32 cityId);

    /// @notice Replaces a city's admin. Network admin only; `newAdmin` must be a Safe.
    /// @param cityId City.
    /// @param newAdmin New admin Safe.
    function setCityAdmin(uint32 cityId, address newAdmin) external;

    /// @notice A city's admin, labels, supply and commitment head.
    /// @param cityId City.
    function city(uint32 cityId) external view returns (CityInfo memory);

    /// @notice Number of cities created (ids run from 1 to cityCount).
    function cityCount() external view returns (uint32);

    // ------------------------------------------------------------------ organizations

    /// @notice Onboards an organization in a city. City admin only; `account` must be a Safe.
    /// @param cityId City.
    /// @param account Organization Safe.
    /// @param budget Credits it may mint per epoch.
    /// @param metadata Public compact JSON.
    /// @return orgId New organization id.
    function onboardOrganization(
        uint32 cityId,
        address account,
        uint64 budget,
        string calldata metadata
    ) external returns (uint32 orgId);

    /// @notice Suspends or reactivates an organization. City admin only.
    /// @param orgId Organization.
    /// @param status `Active` or `Suspended`.
    function setOrganizationStatus(uint32 orgId, OrgStatus status) external;

    /// @notice Sets an organization's per-epoch budget, effective immediately. City admin only.
    /// @param orgId Organization.
    /// @param budget New budget.
    function setOrganizationBudget(uint32 orgId, uint64 budget) external;

    /// @notice Moves an organization to a new Safe. Organization account only.
    /// @param orgId Organization.
    /// @param newAccount New Safe.
    function setOrganizationAccount(uint32 orgId, address newAccount) external;

    /// @notice An organization's account, status, budget state and metadata hash.
    /// @param orgId Organization.
    function organization(uint32 orgId) external view returns (OrganizationInfo memory);

    /// @notice Number of organizations onboarded.
    function organizationCount() external view returns (uint32);

    /// @notice Authorizes a delegate attester or changes its cap. Organization account only.
    /// @param orgId Organization.
    /// @param delegate Staff key (EOA or contract).
    /// @param cap Credits per epoch, at most the organization budget.
    function authorizeDelegate(uint32 orgId, address delegate, uint64 cap) external;

    /// @notice Revokes a delegate attester. Organization account only.
    /// @param orgId Organization.
    /// @param delegate Staff key.
    function revokeDelegate(uint32 orgId, address delegate) external;

    /// @notice A delegate's state.
    /// @param orgId Organization.
    /// @param delegate Staff key.
    function delegateOf(uint32 orgId, address delegate) external view returns (DelegateState memory);

    /// @notice The authorization generation a signer of the organization must put in a signed attestation:
    /// `orgGeneration << 32 | delegateGeneration`. The organization's generation is bumped by a suspension
    /// and by a move to a new Safe, a delegate's by its revocation; re-authorizing or reactivating does not
    /// restore an older value, so signatures made before never work again.
    /// @param orgId Organization.
    /// @param signer Organization account or delegate.
    function authorizationGeneration(uint32 orgId, address signer) external view returns (uint64);

    // ------------------------------------------------------------------ opportunities

    /// @notice Publishes an opportunity. Organization account only; organization must be active.
    /// @param orgId Organization.
    /// @param params Opportunity parameters.
    /// @return opportunityId New opportunity id.
    function publishOpportunity(
        uint32 orgId,
        OpportunityParams calldata params
    ) external returns (uint48 opportunityId);

    /// @notice Updates capacity, window and metadata of an open opportunity. Organization account only.
    /// @param opportunityId Opportunity.
    /// @param capacity New capacity (>= units used).
    /// @param start New start.
    /// @param end New end.
    /// @param metadata New public compact JSON.
    function updateOpportunity(
        uint48 opportunityId,
        uint48 capacity,
        uint40 start,
        uint40 end,
        string calldata metadata
    ) external;

    /// @notice Closes an opportunity for good. Organization account only.
    /// @param opportunityId Opportunity.
    function closeOpportunity(uint48 opportunityId) external;

    /// @notice An opportunity.
    /// @param opportunityId Opportunity.
    function opportunity(uint48 opportunityId) external view returns (OpportunityInfo memory);

    /// @notice Number of opportunities published.
    function opportunityCount() external view returns (uint48);

    // ------------------------------------------------------------------ offers

    /// @notice Publishes an offer. Organization account only; organization must be active.
    /// @param orgId Organization.
    /// @param params Offer parameters.
    /// @return offerId New offer id.
    function publishOffer(uint32 orgId, OfferParams calldata params) external returns (uint48 offerId);

    /// @notice Updates price, remaining stock, window and metadata of an active offer. Organization account only.
    /// @param offerId Offer.
    /// @param price New price (> 0).
    /// @param stock New remaining stock.
    /// @param start New start.
    /// @param end New end.
    /// @param metadata New public compact JSON.
    function updateOffer(
        uint48 offerId,
        uint64 price,
        uint32 stock,
        uint40 start,
        uint40 end,
        string calldata metadata
    ) external;

    /// @notice Closes an offer for good. Organization account only.
    /// @param offerId Offer.
    function closeOffer(uint48 offerId) external;

    /// @notice An offer.
    /// @param offerId Offer.
    function offer(uint48 offerId) external view returns (OfferInfo memory);

    /// @notice Whether an offer accepts credits of a city.
    /// @param offerId Offer.
    /// @param cityId City.
    function offerAcceptsCity(uint48 offerId, uint32 cityId) external view returns (bool);

    /// @notice Number of offers published.
    function offerCount() external view returns (uint48);

    // ------------------------------------------------------------------ parameters

    /// @notice Budget epoch length in seconds; epoch index = `block.timestamp / epochDuration()`.
    function epochDuration() external view returns (uint256);

    /// @notice Index of the current budget epoch.
    function currentEpoch() external view returns (uint32);

    /// @notice Seconds after an attestation during which it can be revoked.
    function disputeWindow() external view returns (uint256);

    /// @notice Seconds between a recovery request and its execution.
    function recoveryDelay() external view returns (uint256);

    /// @notice Seconds between starting and accepting a network admin transfer.
    function adminTransferDelay() external view returns (uint256);

    /// @notice Longest validity of a signed attestation or redemption: its deadline may be at most
    /// `block.timestamp + signatureHorizon()` when it executes.
    function signatureHorizon() external view returns (uint256);
}
