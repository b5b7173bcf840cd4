// SPDX-License-Identifier: MIT
// solhint-disable one-contract-per-file
pragma solidity 0.8.30;

/// @notice EIP-1271 wallet that answers a fixed value, for signature-rejection tests.
contract WrongMagicWallet {
    bytes4 public immutable ANSWER;

    constructor(bytes4 answer_) {
        ANSWER = answer_;
    }

    function isValidSignature(bytes32, bytes calldata) external view returns (bytes4) {
        return ANSWER;
    }
}

/// @notice EIP-1271 wallet whose isValidSignature always reverts.
contract RevertingWallet {
    error AlwaysReverts();

    function isValidSignature(bytes32, bytes calldata) external pure returns (bytes4) {
        revert AlwaysReverts();
    }
}

/// @notice EIP-1271 wallet that accepts exactly one (hash, signature) pair set by its owner.
contract ApprovingWallet {
    bytes32 public approvedHash;

    function approve(bytes32 hash) external {
        approvedHash = hash;
    }

    function isValidSignature(bytes32 hash, bytes calldata) external view returns (bytes4) {
        return hash == approvedHash ? bytes4(0x1626ba7e) : bytes4(0xffffffff);
    }
}

/// @notice Code an externally owned account may delegate to through EIP-7702: it answers `getThreshold()` like
/// a 1-of-1 Safe although one private key controls the account. The ledger must refuse such an account.
contract ThresholdOneDelegate {
    function getThreshold() external pure returns (uint256) {
        return 1;
    }
}
