// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CivicLedger} from "../../contracts/ledger/CivicLedger.sol";
import {ICivicLedger} from "../../contracts/interfaces/ICivicLedger.sol";
import {ICivicRegistry} from "../../contracts/interfaces/ICivicRegistry.sol";
import {MockSafe} from "../../contracts/test/MockSafe.sol";
import {
    OpportunityParams,
    OfferParams,
    AttestationBatchProof,
    RedemptionProof,
    CivicRows
} from "../../contracts/types/CivicTypes.sol";

/// @dev The cheatcodes the suite uses (forge-std is not available).
interface Vm {
    struct Log {
        bytes32[] topics;
        bytes data;
        address emitter;
    }

    function prank(address) external;
    function startPrank(address) external;
    function stopPrank() external;
    function warp(uint256) external;
    function expectRevert(bytes calldata) external;
    function expectRevert() external;
    function expectEmit() external;
    function sign(uint256, bytes32) external returns (uint8, bytes32, bytes32);
    function addr(uint256) external returns (address);
    function assume(bool) external;
    function recordLogs() external;
    function getRecordedLogs() external returns (Log[] memory);
    function getCode(string calldata artifact) external view returns (bytes memory);
}

/// @dev Plain assertions.
abstract contract Assertions {
    error AssertionFailed(string what, uint256 left, uint256 right);

    function assertEq(uint256 a, uint256 b, string memory what) internal pure {
        if (a != b) revert AssertionFailed(what, a, b);
    }

    function assertEq(address a, address b, string memory what) internal pure {
        if (a != b) revert AssertionFailed(what, uint160(a), uint160(b));
    }

    function assertEq(bytes32 a, bytes32 b, string memory what) internal pure {
        if (a != b) revert AssertionFailed(what, uint256(a), uint256(b));
    }

    function assertTrue(bool c, string memory what) internal pure {
        if (!c) revert AssertionFailed(what, 0, 1);
    }

    function assertLe(uint256 a, uint256 b, string memory what) internal pure {
        if (a > b) revert AssertionFailed(what, a, b);
    }
}

/// @dev Deploys a ledger with one city ("BRK"), one organization, one opportunity and one offer.
abstract contract LedgerFixture is Assertions {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint256 internal constant EPOCH = 30 days;
    uint256 internal constant DISPUTE = 7 days;
    uint256 internal constant RECOVERY = 3 days;
    uint256 internal constant ADMIN_DELAY = 2 days;
    uint256 internal constant HORIZON = 30 days;
    uint64 internal constant BUDGET = 1_000_000;
    uint32 internal constant RATE = 10;
    uint64 internal constant PRICE = 50;
    uint256 internal constant T0 = 1_800_000_000;
    // Public metadata JSON, hex-encoded so that prettier and solhint agree on quoting.
    string internal constant ORG_METADATA = string(hex"7b226e616d65223a22466f6f642042616e6b227d"); // {"name":"Food Bank"}
    string internal constant OPPORTUNITY_METADATA = string(
        hex"7b227469746c65223a225061726b20636c65616e7570222c2263617465676f7279223a22656e7669726f6e6d656e74222c226c616e67223a22656e227d"
    );
    string internal constant OFFER_METADATA = string(hex"7b227469746c65223a225472616e7369742070617373227d"); // {"title":"Transit pass"}

    /// @dev The network admin: a (mock) Safe, as the ledger requires.
    address internal admin;
    ICivicLedger internal ledger;
    /// @dev The cold-path module, deployed from its build artifact so that the suite runs the very bytecode that
    /// is deployed (compiled for size at its own optimizer setting), not a copy compiled with the tests'.
    ICivicLedger internal module;
    MockSafe internal citySafe;
    MockSafe internal orgSafe;
    uint32 internal cityId;
    uint32 internal orgId;
    uint48 internal oppId;
    uint48 internal offerId;

    uint256 internal delegateKey = 0xD1;
    address internal delegate;
    address internal alice = address(0xA1);
    address internal bob = address(0xB0B);

    function setUp() public virtual {
        vm.warp(T0);
        module = ICivicLedger(deployModule(EPOCH, DISPUTE, RECOVERY, ADMIN_DELAY, HORIZON));
        admin = address(new MockSafe(address(this), 2));
        ledger = ICivicLedger(address(new CivicLedger(admin, ICivicRegistry(address(module)))));
        citySafe = new MockSafe(address(this), 2);
        orgSafe = new MockSafe(address(this), 2);
        delegate = vm.addr(delegateKey);

        vm.prank(admin);
        cityId = ledger.createCity(address(citySafe), "BRK", "Berkeley");
        orgId = onboard(cityId, orgSafe, BUDGET);
        oppId = publishOpportunity(orgId, address(orgSafe), RATE, 1_000_000);
        offerId = publishOffer(orgId, address(orgSafe), PRICE, 1_000, 0, cities(cityId));
    }

    // ------------------------------------------------------------------ builders

    /// @dev Deploys `CivicLedgerAdmin` from its build artifact; returns address(0) if the constructor reverts.
    function deployModule(
        uint256 epoch,
        uint256 dispute,
        uint256 recovery,
        uint256 adminDelay,
        uint256 horizon
    ) internal returns (address deployed) {
        bytes memory initCode = abi.encodePacked(
            vm.getCode("CivicLedgerAdmin.sol:CivicLedgerAdmin"),
            abi.encode(epoch, dispute, recovery, adminDelay, horizon)
        );
        assembly ("memory-safe") {
            deployed := create(0, add(initCode, 0x20), mload(initCode))
        }
    }

    function onboard(uint32 city_, MockSafe account, uint64 budget) internal returns (uint32) {
        vm.prank(ledger.city(city_).admin);
        return ledger.onboardOrganization(city_, address(account), budget, ORG_METADATA);
    }

    function publishOpportunity(
        uint32 org,
        address account,
        uint32 rate,
        uint48 capacity
    ) internal returns (uint48) {
        vm.prank(account);
        return
            ledger.publishOpportunity(
                org,
                OpportunityParams({
                    creditsPerUnit: rate,
                    capacity: capacity,
                    start: uint40(block.timestamp),
                    end: uint40(block.timestamp + 3650 days),
                    metadata: OPPORTUNITY_METADATA
                })
            );
    }

    function publishOffer(
        uint32 org,
        address account,
        uint64 price,
        uint32 stock,
        uint32 limit,
        uint32[] memory accepted
    ) internal returns (uint48) {
        vm.prank(account);
        return
            ledger.publishOffer(
                org,
                OfferParams({
                    price: price,
                    stock: stock,
                    perResidentLimit: limit,
                    start: uint40(block.timestamp),
                    end: uint40(block.timestamp + 3650 days),
                    acceptedCities: accepted,
                    metadata: OFFER_METADATA
                })
            );
    }

    function cities(uint32 a) internal pure returns (uint32[] memory list) {
        list = new uint32[](1);
        list[0] = a;
    }

    function cities(uint32 a, uint32 b) internal pure returns (uint32[] memory list) {
        list = new uint32[](2);
        list[0] = a;
        list[1] = b;
    }

    function row(address participant, uint48 opportunity, uint48 units) internal pure returns (bytes32) {
        return CivicRows.pack(participant, opportunity, units);
    }

    /// @dev Attests one row as the organization account and returns the proof needed to revoke it.
    function attestWithProof(
        address participant,
        uint48 units
    ) internal returns (uint48 seq, AttestationBatchProof memory proof) {
        bytes32[] memory rows = new bytes32[](1);
        rows[0] = row(participant, oppId, units);
        return attestBatchWithProof(rows, keccak256("evidence"));
    }

    function attestBatchWithProof(
        bytes32[] memory rows,
        bytes32 evidenceRoot
    ) internal returns (uint48 firstSeq, AttestationBatchProof memory proof) {
        uint192 prevHead = ledger.city(cityId).head;
        vm.prank(address(orgSafe));
        firstSeq = ledger.attestBatch(orgId, rows, evidenceRoot);
        proof = AttestationBatchProof({
            orgId: orgId,
            firstSeq: firstSeq,
            timestamp: uint40(block.timestamp),
            evidenceRoot: evidenceRoot,
            rows: rows,
            prevHead: prevHead,
            laterRecords: new bytes32[](0)
        });
    }

    /// @dev Redeems as `resident` and returns the refund proof.
    function redeemWithProof(
        address resident,
        uint48 offer
    ) internal returns (uint32 seq, RedemptionProof memory proof) {
        uint192 prevHead = ledger.city(cityId).head;
        vm.prank(resident);
        seq = ledger.redeem(offer, cityId, ledger.offer(offer).price);
        proof = RedemptionProof({
            resident: resident,
            cityId: cityId,
            credits: ledger.offer(offer).price,
            timestamp: uint40(block.timestamp),
            prevHead: prevHead,
            laterRecords: new bytes32[](0)
        });
    }

    function attestRecordHash(AttestationBatchProof memory p) internal pure returns (bytes32) {
        return
            keccak256(
                abi.encode(
                    keccak256("CitySync.AttestationBatch"),
                    p.orgId,
                    p.firstSeq,
                    p.timestamp,
                    p.evidenceRoot,
                    keccak256(abi.encodePacked(p.rows))
                )
            );
    }

    function credit(address participant, uint48 units) internal {
        vm.prank(address(orgSafe));
        ledger.attest(orgId, participant, oppId, units, bytes32(0));
    }
}
