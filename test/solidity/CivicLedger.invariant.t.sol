// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {LedgerFixture, Vm} from "./LedgerFixture.sol";
import {ICivicLedger} from "../../contracts/interfaces/ICivicLedger.sol";
import {MockSafe} from "../../contracts/test/MockSafe.sol";
import {AttestationBatchProof, RedemptionProof, CivicRows} from "../../contracts/types/CivicTypes.sol";

/// @dev Drives the ledger with valid-looking actions and keeps a ghost model of every balance.
contract LedgerHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    ICivicLedger internal immutable ledger;
    address internal immutable orgSafe;
    address internal immutable citySafe;
    address internal immutable admin;
    uint32 internal immutable city;
    uint32 internal immutable org;
    uint48 internal immutable opp;
    uint48 internal immutable offer;
    uint256 internal immutable rate;
    uint256 internal immutable price;
    uint256 internal immutable disputeWindow;
    address internal immutable deployer = msg.sender;

    address[4] internal actors = [address(0xA1), address(0xA2), address(0xA3), address(0xA4)];
    mapping(address actor => uint256) public ghostBalance;
    mapping(address actor => uint256) public ghostLifetime;

    bytes32[] internal records; // every record of the city chain, in order
    // Attestation batches: rows, metadata and the index of their record.
    bytes32[][] internal batchRows;
    uint48[] internal batchFirstSeq;
    uint40[] internal batchTime;
    uint192[] internal batchPrevHead;
    uint256[] internal batchRecord;
    mapping(uint256 seq => bool) internal revokedSeq;
    // Redemptions.
    RedemptionProof[] internal redemptions;
    uint32[] internal redemptionSeq;
    uint256[] internal redemptionRecord;
    mapping(uint256 index => bool) internal redemptionClosed;

    // Second city: its own organization and opportunity; `offer2` (by the first organization) accepts it.
    address internal org2Safe;
    uint32 public city2;
    uint32 internal org2;
    uint48 internal opp2;
    uint48 public offer2;
    mapping(address actor => uint256) public ghostBalance2;

    bool public paused;
    uint256 public pausedViolations; // a credit-moving action succeeded while paused
    uint256 public lifetimeViolations; // a lifetime decreased outside revocation / recovery
    uint256 public calls;

    constructor(
        ICivicLedger ledger_,
        address orgSafe_,
        address citySafe_,
        address admin_,
        uint32 city_,
        uint32 org_,
        uint48 opp_,
        uint48 offer_
    ) {
        ledger = ledger_;
        orgSafe = orgSafe_;
        citySafe = citySafe_;
        admin = admin_;
        city = city_;
        org = org_;
        opp = opp_;
        offer = offer_;
        rate = ledger_.opportunity(opp_).creditsPerUnit;
        price = ledger_.offer(offer_).price;
        disputeWindow = ledger_.disputeWindow();
    }

    /// @dev Wires the second city once (called by the test's setUp; later fuzzed calls are no-ops).
    function initSecondCity(
        address org2Safe_,
        uint32 city2_,
        uint32 org2_,
        uint48 opp2_,
        uint48 offer2_
    ) external {
        if (city2 != 0 || msg.sender != deployer) return;
        org2Safe = org2Safe_;
        city2 = city2_;
        org2 = org2_;
        opp2 = opp2_;
        offer2 = offer2_;
    }

    function actorCount() external pure returns (uint256) {
        return 4;
    }

    function actorAt(uint256 i) external view returns (address) {
        return actors[i];
    }

    // ------------------------------------------------------------------ actions

    function attest(uint256 actorSeed, uint256 units) external {
        bytes32[] memory rows = new bytes32[](1);
        rows[0] = CivicRows.pack(actors[actorSeed % 4], opp, uint48(1 + (units % 20)));
        _attest(rows);
    }

    function attestBatch(uint256 seed, uint256 size) external {
        bytes32[] memory rows = new bytes32[](2 + (size % 6));
        for (uint256 i; i < rows.length; ++i) {
            seed = uint256(keccak256(abi.encode(seed)));
            rows[i] = CivicRows.pack(actors[seed % 4], opp, uint48(1 + ((seed >> 8) % 20)));
        }
        _attest(rows);
    }

    function attestSecondCity(uint256 actorSeed, uint256 units) external {
        if (city2 == 0) return;
        address actor = actors[actorSeed % 4];
        uint48 u = uint48(1 + (units % 20));
        vm.prank(org2Safe);
        if (paused) {
            try ledger.attest(org2, actor, opp2, u, bytes32(0)) {
                ++pausedViolations;
            } catch {}
            return;
        }
        ledger.attest(org2, actor, opp2, u, bytes32(0));
        ghostBalance2[actor] += uint256(u) * ledger.opportunity(opp2).creditsPerUnit;
        ++calls;
    }

    function redeemSecondCity(uint256 actorSeed) external {
        if (city2 == 0) return;
        address actor = actors[actorSeed % 4];
        uint256 p = ledger.offer(offer2).price;
        if (ghostBalance2[actor] < p) return;
        vm.prank(actor);
        if (paused) {
            try ledger.redeem(offer2, city2, uint64(p)) {
                ++pausedViolations;
            } catch {}
            return;
        }
        ledger.redeem(offer2, city2, uint64(p));
        ghostBalance2[actor] -= p;
        ++calls;
    }

    function redeem(uint256 actorSeed) external {
        address actor = actors[actorSeed % 4];
        if (ghostBalance[actor] < price) return;
        uint192 prevHead = ledger.city(city).head;
        vm.prank(actor);
        if (paused) {
            try ledger.redeem(offer, city, uint64(price)) {
                ++pausedViolations;
            } catch {}
            return;
        }
        uint32 seq = ledger.redeem(offer, city, uint64(price));
        ghostBalance[actor] -= price;
        RedemptionProof memory p = RedemptionProof({
            resident: actor,
            cityId: city,
            credits: uint64(price),
            timestamp: uint40(block.timestamp),
            prevHead: prevHead,
            laterRecords: new bytes32[](0)
        });
        redemptions.push(p);
        redemptionSeq.push(seq);
        redemptionRecord.push(records.length);
        records.push(
            keccak256(
                abi.encode(
                    keccak256("CitySync.Redemption"),
                    offer,
                    seq,
                    actor,
                    city,
                    uint64(price),
                    uint40(block.timestamp)
                )
            )
        );
        ++calls;
    }

    function revoke(uint256 batchSeed, uint256 rowSeed) external {
        if (batchRows.length == 0) return;
        uint256 b = batchSeed % batchRows.length;
        if (block.timestamp > uint256(batchTime[b]) + disputeWindow) return;
        uint256 r = rowSeed % batchRows[b].length;
        uint256 seq = uint256(batchFirstSeq[b]) + r;
        if (revokedSeq[seq]) return;
        AttestationBatchProof memory proof = AttestationBatchProof({
            orgId: org,
            firstSeq: batchFirstSeq[b],
            timestamp: batchTime[b],
            evidenceRoot: bytes32(b),
            rows: batchRows[b],
            prevHead: batchPrevHead[b],
            laterRecords: _recordsAfter(batchRecord[b])
        });
        uint256[] memory idx = new uint256[](1);
        idx[0] = r;
        vm.prank(orgSafe);
        if (paused) {
            try ledger.revoke(proof, idx, 1) {
                ++pausedViolations;
            } catch {}
            return;
        }
        ledger.revoke(proof, idx, 1);
        revokedSeq[seq] = true;
        (address participant, , uint48 units) = CivicRows.unpack(batchRows[b][r]);
        uint256 credits = uint256(units) * rate;
        uint256 clawed = ghostBalance[participant] < credits ? ghostBalance[participant] : credits;
        ghostBalance[participant] -= clawed;
        ghostLifetime[participant] -=
            ghostLifetime[participant] < credits ? ghostLifetime[participant] : credits;
        ++calls;
    }

    function refund(uint256 seed) external {
        if (redemptions.length == 0) return;
        uint256 i = seed % redemptions.length;
        if (redemptionClosed[i]) return;
        RedemptionProof memory p = redemptions[i];
        p.laterRecords = _recordsAfter(redemptionRecord[i]);
        vm.prank(orgSafe);
        if (paused) {
            try ledger.refundRedemption(offer, redemptionSeq[i], p) {
                ++pausedViolations;
            } catch {}
            return;
        }
        if (seed % 3 == 0) {
            ledger.fulfillRedemption(offer, redemptionSeq[i]);
        } else {
            ledger.refundRedemption(offer, redemptionSeq[i], p);
            ghostBalance[p.resident] += p.credits;
        }
        redemptionClosed[i] = true;
        ++calls;
    }

    function recover(uint256 fromSeed, uint256 toSeed) external {
        address from = actors[fromSeed % 4];
        address to = actors[toSeed % 4];
        if (from == to || paused) return;
        vm.prank(citySafe);
        ledger.requestRecovery(city, from, to);
        vm.warp(block.timestamp + ledger.recoveryDelay());
        ledger.executeRecovery(city, from);
        ghostBalance[to] += ghostBalance[from];
        ghostLifetime[to] += ghostLifetime[from];
        ghostBalance[from] = 0;
        ghostLifetime[from] = 0;
        ++calls;
    }

    function warp(uint256 secondsAhead) external {
        vm.warp(block.timestamp + (secondsAhead % 2 days));
    }

    function togglePause() external {
        vm.prank(admin);
        if (paused) ledger.unpause();
        else ledger.pause();
        paused = !paused;
    }

    // ------------------------------------------------------------------ internals

    function _attest(bytes32[] memory rows) internal {
        uint192 prevHead = ledger.city(city).head;
        bytes32 evidenceRoot = bytes32(batchRows.length);
        uint256[4] memory before;
        for (uint256 i; i < 4; ++i) before[i] = ledger.lifetimeEarned(city, actors[i]);
        vm.prank(orgSafe);
        if (paused) {
            try ledger.attestBatch(org, rows, evidenceRoot) {
                ++pausedViolations;
            } catch {}
            return;
        }
        uint48 firstSeq = ledger.attestBatch(org, rows, evidenceRoot);
        for (uint256 i; i < rows.length; ++i) {
            (address participant, , uint48 units) = CivicRows.unpack(rows[i]);
            ghostBalance[participant] += uint256(units) * rate;
            ghostLifetime[participant] += uint256(units) * rate;
        }
        for (uint256 i; i < 4; ++i) {
            if (ledger.lifetimeEarned(city, actors[i]) < before[i]) ++lifetimeViolations;
        }
        batchRows.push(rows);
        batchFirstSeq.push(firstSeq);
        batchTime.push(uint40(block.timestamp));
        batchPrevHead.push(prevHead);
        batchRecord.push(records.length);
        records.push(
            keccak256(
                abi.encode(
                    keccak256("CitySync.AttestationBatch"),
                    org,
                    firstSeq,
                    uint40(block.timestamp),
                    evidenceRoot,
                    keccak256(abi.encodePacked(rows))
                )
            )
        );
        ++calls;
    }

    function _recordsAfter(uint256 index) internal view returns (bytes32[] memory later) {
        later = new bytes32[](records.length - index - 1);
        for (uint256 i; i < later.length; ++i) later[i] = records[index + 1 + i];
    }
}

contract CivicLedgerInvariantTest is LedgerFixture {
    LedgerHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new LedgerHandler(
            ledger,
            address(orgSafe),
            address(citySafe),
            admin,
            cityId,
            orgId,
            oppId,
            offerId
        );
        vm.prank(admin);
        uint32 cdmx = ledger.createCity(address(citySafe), "CDMX", "Mexico City");
        MockSafe org2Safe = new MockSafe(address(this), 1);
        uint32 org2 = onboard(cdmx, org2Safe, BUDGET);
        uint48 opp2 = publishOpportunity(org2, address(org2Safe), 7, type(uint48).max);
        uint48 offer2 = publishOffer(orgId, address(orgSafe), 30, 1_000, 0, cities(cityId, cdmx));
        handler.initSecondCity(address(org2Safe), cdmx, org2, opp2, offer2);
    }

    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    /// Per city, total supply equals the sum of balances (all holders are handler actors).
    function invariantSupplyEqualsSumOfBalances() public view {
        uint32 city2 = handler.city2();
        uint256 sum;
        uint256 sum2;
        for (uint256 i; i < handler.actorCount(); ++i) {
            sum += ledger.balanceOf(cityId, handler.actorAt(i));
            sum2 += ledger.balanceOf(city2, handler.actorAt(i));
        }
        assertEq(ledger.totalSupply(cityId), sum, "supply != sum of balances");
        assertEq(ledger.totalSupply(city2), sum2, "supply 2 != sum of balances");
    }

    /// Credits of one city never leak into another city.
    function invariantCitiesAreIsolated() public view {
        for (uint256 i; i < handler.actorCount(); ++i) {
            address a = handler.actorAt(i);
            assertEq(ledger.balanceOf(handler.city2(), a), handler.ghostBalance2(a), "city 2 balance");
        }
    }

    /// Credits only move between residents through recovery: every balance and lifetime matches the ghost model,
    /// which moves credits between actors only in `recover`.
    function invariantBalancesMatchGhostModel() public view {
        for (uint256 i; i < handler.actorCount(); ++i) {
            address a = handler.actorAt(i);
            assertEq(ledger.balanceOf(cityId, a), handler.ghostBalance(a), "balance");
            assertEq(ledger.lifetimeEarned(cityId, a), handler.ghostLifetime(a), "lifetime");
        }
    }

    /// Lifetime earned never decreases except by revocation (or recovery, which moves it).
    function invariantLifetimeOnlyDecreasesByRevocation() public view {
        assertEq(handler.lifetimeViolations(), 0, "lifetime decreased outside revocation");
    }

    /// Minted per organization per epoch never exceeds its budget.
    function invariantEpochMintedWithinBudget() public view {
        assertLe(ledger.organization(orgId).epochMinted, ledger.organization(orgId).budget, "budget");
    }

    /// Stock is never negative: remaining stock plus sold equals the initial stock.
    function invariantStockConserved() public view {
        assertEq(uint256(ledger.offer(offerId).stock) + ledger.offer(offerId).sold, 1_000, "stock");
        uint48 offer2 = handler.offer2();
        assertEq(uint256(ledger.offer(offer2).stock) + ledger.offer(offer2).sold, 1_000, "stock 2");
    }

    /// Nothing that moves credits works while paused.
    function invariantNothingMovesWhilePaused() public view {
        assertEq(handler.pausedViolations(), 0, "credit movement while paused");
        assertTrue(ledger.paused() == handler.paused(), "pause flag");
    }
}
