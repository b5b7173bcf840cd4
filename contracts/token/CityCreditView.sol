// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICityCredit} from "../interfaces/ICityCredit.sol";
import {ICivicLedger} from "../interfaces/ICivicLedger.sol";
import {CityInfo} from "../types/CivicTypes.sol";

/**
 * @title CityCreditView
 * @notice Read-only ERC-20 view of one city's civic credits, for wallets and explorers. Balances and supply
 * are read live from the ledger. Credits are non-transferable: `transfer`, `transferFrom`, `approve`,
 * `increaseAllowance`, `decreaseAllowance` and `permit` always revert with `CityCreditNonTransferable`;
 * `allowance` is always 0; `nonces` is always 0 and `DOMAIN_SEPARATOR` reverts, because no permit can ever be
 * used. The ledger emits no ERC-20 `Transfer` events (see docs/contracts.md).
 */
contract CityCreditView is ICityCredit {
    ICivicLedger private immutable _ledger;
    uint32 private immutable _cityId;

    /**
     * @param ledger_ The ledger.
     * @param cityId_ The city (must exist).
     */
    constructor(ICivicLedger ledger_, uint32 cityId_) {
        if (cityId_ == 0 || cityId_ > ledger_.cityCount()) revert CityCreditUnknownCity(cityId_);
        _ledger = ledger_;
        _cityId = cityId_;
    }

    /// @notice "City/Sync Credits " followed by the city name, e.g. "City/Sync Credits Berkeley".
    function name() external view returns (string memory) {
        return string.concat("City/Sync Credits ", _city().name);
    }

    /// @notice The city code, e.g. "BRK".
    function symbol() external view returns (string memory) {
        return _city().code;
    }

    /// @notice 0: credits are whole units.
    function decimals() external pure returns (uint8) {
        return 0;
    }

    /// @notice Credits in circulation in the city.
    function totalSupply() external view returns (uint256) {
        return _ledger.totalSupply(_cityId);
    }

    /// @notice Spendable credits of `account` in the city.
    /// @param account Resident.
    function balanceOf(address account) external view returns (uint256) {
        return _ledger.balanceOf(_cityId, account);
    }

    /// @inheritdoc ICityCredit
    function lifetimeEarned(address account) external view returns (uint256) {
        return _ledger.lifetimeEarned(_cityId, account);
    }

    /// @notice Always 0.
    function allowance(address, address) external pure returns (uint256) {
        return 0;
    }

    /// @notice Always 0: permits are not supported.
    function nonces(address) external pure returns (uint256) {
        return 0;
    }

    /// @notice Always reverts with `CityCreditNonTransferable`: there is no permit domain.
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external pure returns (bytes32) {
        revert CityCreditNonTransferable();
    }

    /// @notice Always reverts with `CityCreditNonTransferable`.
    function transfer(address, uint256) external pure returns (bool) {
        revert CityCreditNonTransferable();
    }

    /// @notice Always reverts with `CityCreditNonTransferable`.
    function transferFrom(address, address, uint256) external pure returns (bool) {
        revert CityCreditNonTransferable();
    }

    /// @notice Always reverts with `CityCreditNonTransferable`.
    function approve(address, uint256) external pure returns (bool) {
        revert CityCreditNonTransferable();
    }

    /// @inheritdoc ICityCredit
    function increaseAllowance(address, uint256) external pure returns (bool) {
        revert CityCreditNonTransferable();
    }

    /// @inheritdoc ICityCredit
    function decreaseAllowance(address, uint256) external pure returns (bool) {
        revert CityCreditNonTransferable();
    }

    /// @notice Always reverts with `CityCreditNonTransferable`.
    function permit(address, address, uint256, uint256, uint8, bytes32, bytes32) external pure {
        revert CityCreditNonTransferable();
    }

    /// @inheritdoc ICityCredit
    function ledger() external view returns (address) {
        return address(_ledger);
    }

    /// @inheritdoc ICityCredit
    function cityId() external view returns (uint32) {
        return _cityId;
    }

    function _city() private view returns (CityInfo memory) {
        return _ledger.city(_cityId);
    }
}
