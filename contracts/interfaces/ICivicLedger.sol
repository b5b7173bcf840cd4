// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICivicRegistry} from "./ICivicRegistry.sol";
import {ICivicAttestations} from "./ICivicAttestations.sol";
import {ICivicRedemptions} from "./ICivicRedemptions.sol";

/**
 * @title ICivicLedger
 * @notice The complete City/Sync civic credit ledger: one address, one ABI. Cold paths are served by a
 * delegatecalled module behind the same address; callers never see the split.
 */
interface ICivicLedger is ICivicRegistry, ICivicAttestations, ICivicRedemptions {
    /// @notice EIP-712 domain separator of the ledger (name "City/Sync Civic Ledger", version "1").
    function DOMAIN_SEPARATOR() external view returns (bytes32);

    /// @notice Maximum rows per batch.
    function MAX_BATCH_ROWS() external view returns (uint256);

    /// @notice Maximum metadata size in bytes.
    function MAX_METADATA_BYTES() external view returns (uint256);
}
