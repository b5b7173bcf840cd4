// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICivicRegistry} from "./ICivicRegistry.sol";
import {ICivicAttestations} from "./ICivicAttestations.sol";
import {ICivicRedemptions} from "./ICivicRedemptions.sol";
import {IERC5267} from "@openzeppelin/contracts/interfaces/IERC5267.sol";

/**
 * @title ICivicLedger
 * @notice The complete City/Sync civic credit ledger: one address, one ABI. Cold paths are served by a
 * delegatecalled module behind the same address; callers never see the split. EIP-712 domain via ERC-5267
 * `eip712Domain()`.
 */
interface ICivicLedger is ICivicRegistry, ICivicAttestations, ICivicRedemptions, IERC5267 {
    /// @notice EIP-712 domain separator of the ledger (name "City/Sync Civic Ledger", version "1").
    function DOMAIN_SEPARATOR() external view returns (bytes32);

    /// @notice Maximum rows per batch.
    function MAX_BATCH_ROWS() external view returns (uint256);

    /// @notice Maximum metadata size in bytes.
    function MAX_METADATA_BYTES() external view returns (uint256);

    /// @notice Maximum number of cities (bounds the cost of `pause`).
    function MAX_CITIES() external view returns (uint32);
}
