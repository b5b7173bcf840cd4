// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";

/**
 * @title ICityCredit
 * @notice ERC-20-compatible read view of one city's non-transferable credits. Reads work; every transfer,
 * approval and permit path reverts with `CityCreditNonTransferable`.
 */
interface ICityCredit is IERC20Metadata, IERC20Permit {
    /// @notice Credits cannot be transferred, approved or permitted.
    error CityCreditNonTransferable();

    /// @notice The city does not exist in the ledger.
    /// @param cityId City.
    error CityCreditUnknownCity(uint32 cityId);

    /// @notice Always reverts: allowances cannot be increased.
    /// @param spender Spender.
    /// @param addedValue Amount.
    function increaseAllowance(address spender, uint256 addedValue) external returns (bool);

    /// @notice Always reverts: allowances cannot be decreased (they are always 0).
    /// @param spender Spender.
    /// @param subtractedValue Amount.
    function decreaseAllowance(address spender, uint256 subtractedValue) external returns (bool);

    /// @notice The ledger this view reads.
    function ledger() external view returns (address);

    /// @notice The city this view reads.
    function cityId() external view returns (uint32);

    /// @notice Credits ever earned by `account` in the city.
    /// @param account Resident.
    function lifetimeEarned(address account) external view returns (uint256);
}
