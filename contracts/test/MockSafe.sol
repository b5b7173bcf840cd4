// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";

/**
 * @title MockSafe
 * @notice Test double of a Safe: exposes `getThreshold()` and EIP-1271 `isValidSignature` (a hash is valid
 * once its owner approved it, like Safe's approved-hash signatures), and lets its owner execute calls.
 */
contract MockSafe is IERC1271 {
    /// @notice Owner that may approve hashes and execute calls.
    address public immutable owner;
    uint256 private _threshold;
    mapping(bytes32 hash => bool) private _approved;

    /// @notice The caller is not the owner.
    error MockSafeNotOwner();

    /// @param owner_ Owner.
    /// @param threshold_ Value returned by `getThreshold()`.
    constructor(address owner_, uint256 threshold_) {
        owner = owner_;
        _threshold = threshold_;
    }

    /// @notice Safe's threshold getter.
    function getThreshold() external view returns (uint256) {
        return _threshold;
    }

    /// @notice Sets the threshold (0 makes the ledger reject this account).
    /// @param threshold_ New threshold.
    function setThreshold(uint256 threshold_) external {
        _threshold = threshold_;
    }

    /// @notice Approves or withdraws approval of a hash for EIP-1271.
    /// @param hash Digest.
    /// @param ok Approval.
    function approveHash(bytes32 hash, bool ok) external {
        if (msg.sender != owner) revert MockSafeNotOwner();
        _approved[hash] = ok;
    }

    /// @inheritdoc IERC1271
    function isValidSignature(bytes32 hash, bytes calldata) external view returns (bytes4) {
        return _approved[hash] ? IERC1271.isValidSignature.selector : bytes4(0xffffffff);
    }

    /// @notice Executes a call as the Safe.
    /// @param target Target.
    /// @param data Calldata.
    /// @return result Return data.
    function execute(address target, bytes calldata data) external returns (bytes memory result) {
        if (msg.sender != owner) revert MockSafeNotOwner();
        bool ok;
        // solhint-disable-next-line avoid-low-level-calls
        (ok, result) = target.call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(result, 0x20), mload(result))
            }
        }
    }
}
