// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SchemaResolver} from "@ethereum-attestation-service/eas-contracts/contracts/resolver/SchemaResolver.sol";
import {IEAS, Attestation} from "@ethereum-attestation-service/eas-contracts/contracts/IEAS.sol";

/// @title MintingResolver (benchmark only)
/// @notice The cheapest fair EAS equivalent of a City/Sync attestation: an EAS schema whose resolver
/// credits the recipient with the attested amount (one balance increment per attestation).
/// EAS and SchemaRegistry themselves are pinned to solc 0.8.29, so the bench deploys them from the
/// package's own published artifacts (the bytecode EAS ships) and only this resolver is compiled here.
/// Schema: "uint64 activityId,uint64 amount".
contract MintingResolver is SchemaResolver {
    mapping(address account => uint256 balance) public balanceOf;

    constructor(IEAS eas) SchemaResolver(eas) {}

    function onAttest(
        Attestation calldata attestation,
        uint256 /* value */
    ) internal override returns (bool) {
        (, uint64 amount) = abi.decode(attestation.data, (uint64, uint64));
        balanceOf[attestation.recipient] += amount;
        return true;
    }

    function onRevoke(
        Attestation calldata attestation,
        uint256 /* value */
    ) internal override returns (bool) {
        (, uint64 amount) = abi.decode(attestation.data, (uint64, uint64));
        balanceOf[attestation.recipient] -= amount;
        return true;
    }
}
