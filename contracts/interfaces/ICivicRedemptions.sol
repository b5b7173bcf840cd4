// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SignedRedemption, RedemptionProof, RedemptionStatus} from "../types/CivicTypes.sol";

/**
 * @title ICivicRedemptions
 * @notice Redemptions of offers, their fulfilment or refund, and signature nonces.
 *
 * A redemption id is `(offerId, seq)` where `seq` is the offer's sold counter before the redemption.
 */
interface ICivicRedemptions {
    // ------------------------------------------------------------------ events

    /// @notice A resident redeemed an offer; `credits` were burned from its balance in `cityId`.
    /// @param offerId Offer.
    /// @param resident Resident.
    /// @param seq Redemption sequence within the offer.
    /// @param cityId City whose credits were burned.
    /// @param credits Credits burned (the offer price at redemption time).
    event Redeemed(
        uint48 indexed offerId,
        address indexed resident,
        uint32 seq,
        uint32 cityId,
        uint64 credits
    );

    /// @notice The offering organization marked a redemption fulfilled.
    /// @param offerId Offer.
    /// @param seq Redemption sequence.
    event RedemptionFulfilled(uint48 indexed offerId, uint32 indexed seq);

    /// @notice The offering organization refunded a redemption. The credits first cover the holder's revocation
    /// shortfall (credits of revoked attestations it had already spent); only the rest becomes spendable. Stock
    /// is not restored; the resident's count at a limited offer is.
    /// @param offerId Offer.
    /// @param seq Redemption sequence.
    /// @param resident Resident who redeemed.
    /// @param cityId City of the credits.
    /// @param holder Account credited: the resident, or the address its record was moved to by executed
    /// recoveries (followed to the end).
    /// @param credits Credits the redemption burned.
    /// @param spendable Credits added to the holder's balance (and to the city supply).
    /// @param shortfallCovered Credits that went to cover the holder's revocation shortfall instead.
    event RedemptionRefunded(
        uint48 indexed offerId,
        uint32 indexed seq,
        address indexed resident,
        uint32 cityId,
        address holder,
        uint64 credits,
        uint64 spendable,
        uint64 shortfallCovered
    );

    /// @notice A signer invalidated nonces (`mask` bits of word `wordPos`).
    /// @param signer Signer.
    /// @param wordPos Word index (nonce >> 8).
    /// @param mask Bits set.
    event NoncesInvalidated(address indexed signer, uint256 indexed wordPos, uint256 mask);

    // ------------------------------------------------------------------ errors

    /// @notice The offer is closed or does not exist.
    /// @param offerId Offer.
    error CivicLedgerOfferNotActive(uint48 offerId);

    /// @notice The offer has no stock left.
    /// @param offerId Offer.
    error CivicLedgerOutOfStock(uint48 offerId);

    /// @notice The offer does not accept credits of the city.
    /// @param offerId Offer.
    /// @param cityId City.
    error CivicLedgerCityNotAccepted(uint48 offerId, uint32 cityId);

    /// @notice The resident reached the offer's per-resident limit.
    /// @param offerId Offer.
    /// @param resident Resident.
    error CivicLedgerResidentLimitReached(uint48 offerId, address resident);

    /// @notice The offer's price is above the most the resident agreed to pay (the offer changed after the
    /// resident saw it).
    /// @param offerId Offer.
    /// @param price Price now.
    /// @param maxPrice The resident's bound.
    error CivicLedgerPriceAboveBound(uint48 offerId, uint64 price, uint64 maxPrice);

    /// @notice The resident's credits in the city are frozen: a recovery of its address is pending or was
    /// executed.
    /// @param cityId City.
    /// @param resident Resident.
    error CivicLedgerAccountFrozen(uint32 cityId, address resident);

    /// @notice The resident's balance in the city is below the price.
    /// @param cityId City.
    /// @param resident Resident.
    /// @param balance Balance.
    /// @param price Price.
    error CivicLedgerInsufficientBalance(uint32 cityId, address resident, uint256 balance, uint256 price);

    /// @notice The redemption does not exist or is no longer `Redeemed`.
    /// @param offerId Offer.
    /// @param seq Redemption sequence.
    error CivicLedgerRedemptionNotPending(uint48 offerId, uint32 seq);

    // ------------------------------------------------------------------ functions

    /// @notice Redeems one unit of an offer with the caller's credits in `cityId`, at a price of at most
    /// `maxPrice` (the price the caller was shown: an `updateOffer` earlier in the block cannot raise it).
    /// @param offerId Offer.
    /// @param cityId City whose credits are burned.
    /// @param maxPrice The most credits the caller agrees to pay.
    /// @return seq Redemption sequence.
    function redeem(uint48 offerId, uint32 cityId, uint64 maxPrice) external returns (uint32 seq);

    /// @notice Redeems on behalf of a resident who signed an EIP-712 redemption; anyone may submit. Burns the
    /// price now, which must be at most the signed `maxPrice`; the deadline must be within `signatureHorizon`.
    /// @param request The signed redemption.
    /// @param signature ECDSA signature or EIP-1271 payload.
    /// @return seq Redemption sequence.
    function redeemSigned(
        SignedRedemption calldata request,
        bytes calldata signature
    ) external returns (uint32 seq);

    /// @notice EIP-712 digest that a resident signs for `redeemSigned`.
    /// @param request The redemption.
    function hashRedemption(SignedRedemption calldata request) external view returns (bytes32);

    /// @notice Marks a redemption fulfilled. Offering organization's account only.
    /// @param offerId Offer.
    /// @param seq Redemption sequence.
    function fulfillRedemption(uint48 offerId, uint32 seq) external;

    /// @notice Refunds a redemption: restores the burned credits to the resident (or the address its record
    /// was recovered to), first covering its revocation shortfall. Offering organization's account only. Stock
    /// is not restored; the resident's count at a limited offer is.
    /// @param offerId Offer.
    /// @param seq Redemption sequence.
    /// @param proof The redemption's content and its path to a checkpoint or the live head.
    function refundRedemption(uint48 offerId, uint32 seq, RedemptionProof calldata proof) external;

    /// @notice Status of a redemption.
    /// @param offerId Offer.
    /// @param seq Redemption sequence.
    function redemptionStatus(uint48 offerId, uint32 seq) external view returns (RedemptionStatus);

    /// @notice Redemptions of `resident` at a limited offer (0 for unlimited offers, which do not count).
    /// @param offerId Offer.
    /// @param resident Resident.
    function redemptionsOf(uint48 offerId, address resident) external view returns (uint256);

    /// @notice Marks the caller's nonces `mask` in word `wordPos` as used, cancelling outstanding signatures.
    /// Works while paused.
    /// @param wordPos Word index (nonce >> 8).
    /// @param mask Bits to set.
    function invalidateNonces(uint256 wordPos, uint256 mask) external;

    /// @notice Nonce bitmap word of a signer.
    /// @param signer Signer.
    /// @param wordPos Word index.
    function nonceBitmap(address signer, uint256 wordPos) external view returns (uint256);

    /// @notice Whether a signer's nonce is used or invalidated.
    /// @param signer Signer.
    /// @param nonce Nonce.
    function isNonceUsed(address signer, uint256 nonce) external view returns (bool);
}
