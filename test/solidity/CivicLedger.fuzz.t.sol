// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {LedgerFixture} from "./LedgerFixture.sol";
import {ICivicAttestations} from "../../contracts/interfaces/ICivicAttestations.sol";
import {
    CivicRows,
    AttestationBatchProof,
    RedemptionProof,
    SignedRedemption
} from "../../contracts/types/CivicTypes.sol";

contract CivicLedgerFuzzTest is LedgerFixture {
    function testFuzzRowPackingRoundTrips(address participant, uint48 opportunity, uint48 units) public pure {
        (address p, uint48 o, uint48 u) = CivicRows.unpack(CivicRows.pack(participant, opportunity, units));
        assertEq(p, participant, "participant");
        assertEq(o, opportunity, "opportunity");
        assertEq(u, units, "units");
    }

    function testFuzzAttestMintsUnitsTimesRate(address participant, uint32 rate, uint48 units) public {
        vm.assume(participant != address(0));
        rate = uint32(1 + (rate % 1_000_000));
        units = uint48(1 + (units % 1_000_000));
        uint48 opp = publishOpportunity(orgId, address(orgSafe), rate, type(uint48).max);
        uint256 credits = uint256(units) * rate;
        vm.prank(address(orgSafe));
        if (credits > BUDGET) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    ICivicAttestations.CivicLedgerBudgetExceeded.selector,
                    orgId,
                    credits,
                    BUDGET
                )
            );
            ledger.attest(orgId, participant, opp, units, bytes32(0));
            return;
        }
        ledger.attest(orgId, participant, opp, units, bytes32(0));
        assertEq(ledger.balanceOf(cityId, participant), credits, "balance");
        assertEq(ledger.lifetimeEarned(cityId, participant), credits, "lifetime");
        assertEq(ledger.totalSupply(cityId), credits, "supply");
        assertEq(ledger.organization(orgId).epochMinted, credits, "minted");
        assertEq(ledger.opportunity(opp).used, units, "used");
    }

    function testFuzzBudgetNeverExceededWithinAnEpoch(
        uint64 budget,
        uint48[4] memory units,
        uint32 gap
    ) public {
        budget = uint64(1 + (budget % 10_000));
        vm.prank(address(citySafe));
        ledger.setOrganizationBudget(orgId, budget);
        uint256 epoch = block.timestamp / EPOCH;
        uint256 minted;
        for (uint256 i; i < 4; ++i) {
            vm.warp(block.timestamp + (gap % 1 days));
            if (block.timestamp / EPOCH != epoch) {
                epoch = block.timestamp / EPOCH;
                minted = 0;
            }
            uint48 u = uint48(1 + (units[i] % 500));
            uint256 credits = uint256(u) * RATE;
            vm.prank(address(orgSafe));
            if (minted + credits > budget) {
                vm.expectRevert(
                    abi.encodeWithSelector(
                        ICivicAttestations.CivicLedgerBudgetExceeded.selector,
                        orgId,
                        credits,
                        budget - minted
                    )
                );
                ledger.attest(orgId, alice, oppId, u, bytes32(0));
            } else {
                ledger.attest(orgId, alice, oppId, u, bytes32(0));
                minted += credits;
            }
            assertLe(ledger.organization(orgId).epochMinted, budget, "minted <= budget");
        }
    }

    function testFuzzRevokeAfterSpendingClawsBackMin(uint8 earlier, uint8 units, uint8 spends) public {
        earlier = uint8(earlier % 20);
        units = uint8(1 + (units % 50));
        if (earlier > 0) credit(alice, earlier);
        (uint48 seq, AttestationBatchProof memory proof) = attestWithProof(alice, units);
        uint256 total = (uint256(earlier) + units) * RATE;
        uint256 spent;
        bytes32[] memory later = new bytes32[](spends % 8);
        for (uint256 i; i < later.length && spent + PRICE <= total; ++i) {
            uint192 prev = ledger.city(cityId).head;
            vm.prank(alice);
            uint32 s = ledger.redeem(offerId, cityId, PRICE);
            later[i] = keccak256(
                abi.encode(
                    keccak256("CitySync.Redemption"),
                    offerId,
                    s,
                    alice,
                    cityId,
                    PRICE,
                    uint40(block.timestamp)
                )
            );
            prev;
            spent += PRICE;
        }
        uint256 used;
        while (used < later.length && later[used] != bytes32(0)) ++used;
        bytes32[] memory trimmed = new bytes32[](used);
        for (uint256 i; i < used; ++i) trimmed[i] = later[i];
        proof.laterRecords = trimmed;
        uint256 credits = uint256(units) * RATE;
        uint256 balance = total - spent;
        uint256 clawed = balance < credits ? balance : credits;
        uint256[] memory idx = new uint256[](1);
        vm.expectEmit();
        emit ICivicAttestations.AttestationRevoked(
            orgId,
            seq,
            alice,
            cityId,
            alice,
            credits,
            clawed,
            credits - clawed,
            9,
            address(orgSafe)
        );
        vm.prank(address(orgSafe));
        ledger.revoke(proof, idx, 9);
        assertEq(ledger.balanceOf(cityId, alice), balance - clawed, "balance");
        assertEq(ledger.lifetimeEarned(cityId, alice), total - credits, "lifetime");
        assertEq(ledger.totalSupply(cityId), balance - clawed, "supply");
        assertEq(ledger.revocationShortfall(cityId, alice), credits - clawed, "shortfall");
    }

    function testFuzzNoncesAreSingleUse(uint256 nonce, uint256 residentKey) public {
        residentKey = 1 + (residentKey % 1e30);
        address resident = vm.addr(residentKey);
        credit(resident, 10);
        SignedRedemption memory req = SignedRedemption({
            resident: resident,
            offerId: offerId,
            cityId: cityId,
            maxPrice: PRICE,
            nonce: nonce,
            deadline: block.timestamp
        });
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(residentKey, ledger.hashRedemption(req));
        bytes memory sig = abi.encodePacked(r, s, v);
        ledger.redeemSigned(req, sig);
        assertTrue(ledger.isNonceUsed(resident, nonce), "used");
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerNonceUsed.selector, resident, nonce)
        );
        ledger.redeemSigned(req, sig);
    }

    function testFuzzRefundRestoresExactly(uint8 units, address resident) public {
        vm.assume(resident != address(0));
        units = uint8(5 + (units % 50));
        credit(resident, units);
        (uint32 seq, RedemptionProof memory proof) = redeemWithProof(resident, offerId);
        uint256 before = ledger.balanceOf(cityId, resident);
        vm.prank(address(orgSafe));
        ledger.refundRedemption(offerId, seq, proof);
        assertEq(ledger.balanceOf(cityId, resident), before + PRICE, "restored");
        assertEq(ledger.totalSupply(cityId), uint256(units) * RATE, "supply back");
        assertEq(ledger.lifetimeEarned(cityId, resident), uint256(units) * RATE, "lifetime");
    }
}
