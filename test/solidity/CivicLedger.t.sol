// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {LedgerFixture} from "./LedgerFixture.sol";
import {ICivicRegistry} from "../../contracts/interfaces/ICivicRegistry.sol";
import {ICivicAttestations} from "../../contracts/interfaces/ICivicAttestations.sol";
import {ICivicRedemptions} from "../../contracts/interfaces/ICivicRedemptions.sol";
import {MockSafe} from "../../contracts/test/MockSafe.sol";
import {CivicLedger} from "../../contracts/ledger/CivicLedger.sol";
import {
    OrgStatus,
    OpportunityStatus,
    OfferStatus,
    RedemptionStatus,
    AttestationBatchProof,
    RedemptionProof,
    SignedAttestation,
    SignedRedemption,
    OfferParams,
    OpportunityParams
} from "../../contracts/types/CivicTypes.sol";

contract CivicLedgerRegistryTest is LedgerFixture {
    function testCityCreated() public view {
        assertEq(ledger.cityCount(), 1, "count");
        assertEq(ledger.city(cityId).admin, address(citySafe), "admin");
        assertEq(keccak256(bytes(ledger.city(cityId).code)), keccak256("BRK"), "code");
        assertEq(ledger.epochDuration(), EPOCH, "epoch");
        assertEq(ledger.disputeWindow(), DISPUTE, "dispute");
        assertEq(ledger.recoveryDelay(), RECOVERY, "recovery");
        assertEq(ledger.adminTransferDelay(), ADMIN_DELAY, "admin delay");
        assertEq(ledger.MAX_BATCH_ROWS(), 1024, "max rows");
    }

    function testCreateCityOnlyNetworkAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRegistry.CivicLedgerNotNetworkAdmin.selector, address(this))
        );
        ledger.createCity(address(citySafe), "CDMX", "Mexico City");
    }

    function testCreateCityRequiresSafe() public {
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerNotSafe.selector, alice));
        ledger.createCity(alice, "CDMX", "Mexico City");
        MockSafe zero = new MockSafe(address(this), 0);
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerNotSafe.selector, address(zero)));
        ledger.createCity(address(zero), "CDMX", "Mexico City");
        // A contract without getThreshold().
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerNotSafe.selector, address(module)));
        ledger.createCity(address(module), "CDMX", "Mexico City");
    }

    function testCreateCityLabels() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerInvalidCityLabel.selector));
        ledger.createCity(address(citySafe), "cdmx", "Mexico City");
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerInvalidCityLabel.selector));
        ledger.createCity(address(citySafe), "C", "Mexico City");
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerInvalidCityLabel.selector));
        ledger.createCity(address(citySafe), "CDMX", "");
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerCityCodeTaken.selector, "BRK"));
        ledger.createCity(address(citySafe), "BRK", "Berkeley again");
        uint32 cdmx = ledger.createCity(address(citySafe), "CDMX", "Mexico City");
        vm.stopPrank();
        assertEq(cdmx, 2, "id");
    }

    function testSetCityAdmin() public {
        MockSafe next = new MockSafe(address(this), 1);
        vm.prank(admin);
        ledger.setCityAdmin(cityId, address(next));
        assertEq(ledger.city(cityId).admin, address(next), "admin");
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerUnknownCity.selector, uint32(9)));
        ledger.setCityAdmin(9, address(next));
    }

    function testOnboardOnlyCityAdminAndSafe() public {
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRegistry.CivicLedgerNotCityAdmin.selector, cityId, address(this))
        );
        ledger.onboardOrganization(cityId, address(orgSafe), 1, "{}");
        vm.prank(address(citySafe));
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerNotSafe.selector, bob));
        ledger.onboardOrganization(cityId, bob, 1, "{}");
        vm.prank(address(citySafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRegistry.CivicLedgerInvalidMetadata.selector, uint256(0))
        );
        ledger.onboardOrganization(cityId, address(orgSafe), 1, "");
        assertEq(ledger.organization(orgId).account, address(orgSafe), "account");
        assertEq(uint256(ledger.organization(orgId).status), uint256(OrgStatus.Active), "status");
        assertEq(ledger.organization(orgId).metadataHash, keccak256(bytes(ORG_METADATA)), "metadata");
    }

    function testOrganizationStatusAndBudget() public {
        vm.startPrank(address(citySafe));
        ledger.setOrganizationStatus(orgId, OrgStatus.Suspended);
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerInvalidStatus.selector));
        ledger.setOrganizationStatus(orgId, OrgStatus.Suspended);
        ledger.setOrganizationStatus(orgId, OrgStatus.Active);
        ledger.setOrganizationBudget(orgId, 5);
        vm.stopPrank();
        assertEq(ledger.organization(orgId).budget, 5, "budget");
    }

    function testSetOrganizationAccountMovesAttesterRights() public {
        MockSafe next = new MockSafe(address(this), 1);
        vm.prank(address(orgSafe));
        ledger.setOrganizationAccount(orgId, address(next));
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(
                ICivicAttestations.CivicLedgerNotAttester.selector,
                orgId,
                address(orgSafe)
            )
        );
        ledger.attest(orgId, alice, oppId, 1, bytes32(0));
        vm.prank(address(next));
        ledger.attest(orgId, alice, oppId, 1, bytes32(0));
        assertEq(ledger.balanceOf(cityId, alice), RATE, "balance");
    }

    function testDelegates() public {
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRegistry.CivicLedgerInvalidDelegateCap.selector, BUDGET + 1, BUDGET)
        );
        ledger.authorizeDelegate(orgId, delegate, BUDGET + 1);
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(
                ICivicRegistry.CivicLedgerDelegateIsAccount.selector,
                orgId,
                address(orgSafe)
            )
        );
        ledger.authorizeDelegate(orgId, address(orgSafe), 10);
        vm.prank(address(orgSafe));
        ledger.authorizeDelegate(orgId, delegate, 100);
        vm.prank(delegate);
        ledger.attest(orgId, alice, oppId, 10, bytes32(0));
        vm.prank(delegate);
        vm.expectRevert(
            abi.encodeWithSelector(
                ICivicAttestations.CivicLedgerDelegateCapExceeded.selector,
                delegate,
                10,
                0
            )
        );
        ledger.attest(orgId, alice, oppId, 1, bytes32(0));
        // Revoke then re-authorize within the epoch: the delegate's epoch counter survives.
        vm.prank(address(orgSafe));
        ledger.revokeDelegate(orgId, delegate);
        vm.prank(delegate);
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerNotAttester.selector, orgId, delegate)
        );
        ledger.attest(orgId, alice, oppId, 1, bytes32(0));
        vm.prank(address(orgSafe));
        ledger.authorizeDelegate(orgId, delegate, 110);
        vm.prank(delegate);
        ledger.attest(orgId, alice, oppId, 1, bytes32(0));
        assertEq(ledger.delegateOf(orgId, delegate).epochMinted, 110, "delegate minted");
    }
}

contract CivicLedgerAttestationTest is LedgerFixture {
    function testAttestMintsBalanceLifetimeSupply() public {
        vm.prank(address(orgSafe));
        uint48 seq = ledger.attest(orgId, alice, oppId, 3, keccak256("e"));
        assertEq(seq, 0, "seq");
        assertEq(ledger.balanceOf(cityId, alice), 30, "balance");
        assertEq(ledger.lifetimeEarned(cityId, alice), 30, "lifetime");
        assertEq(ledger.totalSupply(cityId), 30, "supply");
        assertEq(ledger.opportunity(oppId).used, 3, "used");
        assertEq(ledger.organization(orgId).epochMinted, 30, "minted");
        assertEq(ledger.organization(orgId).nextSeq, 1, "next seq");
    }

    function testAttestEmitsBatchEvent() public {
        bytes32[] memory rows = new bytes32[](1);
        rows[0] = row(alice, oppId, 2);
        vm.expectEmit();
        emit ICivicAttestations.AttestationRecorded(orgId, address(orgSafe), 0, keccak256("e"), rows[0]);
        vm.prank(address(orgSafe));
        ledger.attest(orgId, alice, oppId, 2, keccak256("e"));
    }

    function testBatchAcrossOpportunities() public {
        uint48 opp2 = publishOpportunity(orgId, address(orgSafe), 7, 100);
        bytes32[] memory rows = new bytes32[](4);
        rows[0] = row(alice, oppId, 1);
        rows[1] = row(bob, opp2, 2);
        rows[2] = row(alice, opp2, 3);
        rows[3] = row(bob, oppId, 4);
        vm.prank(address(orgSafe));
        uint48 first = ledger.attestBatch(orgId, rows, bytes32(0));
        assertEq(first, 0, "first");
        assertEq(ledger.balanceOf(cityId, alice), 10 + 21, "alice");
        assertEq(ledger.balanceOf(cityId, bob), 14 + 40, "bob");
        assertEq(ledger.totalSupply(cityId), 85, "supply");
        assertEq(ledger.opportunity(oppId).used, 5, "used 1");
        assertEq(ledger.opportunity(opp2).used, 5, "used 2");
        assertEq(ledger.organization(orgId).nextSeq, 4, "seq");
    }

    function testBatchRejectsBadRows() public {
        bytes32[] memory rows = new bytes32[](2);
        rows[0] = row(alice, oppId, 1);
        rows[1] = row(address(0), oppId, 1);
        vm.prank(address(orgSafe));
        vm.expectRevert(abi.encodeWithSelector(ICivicAttestations.CivicLedgerInvalidRow.selector, 1));
        ledger.attestBatch(orgId, rows, bytes32(0));
        rows[1] = row(bob, oppId, 0);
        vm.prank(address(orgSafe));
        vm.expectRevert(abi.encodeWithSelector(ICivicAttestations.CivicLedgerInvalidRow.selector, 1));
        ledger.attestBatch(orgId, rows, bytes32(0));
        vm.prank(address(orgSafe));
        vm.expectRevert(abi.encodeWithSelector(ICivicAttestations.CivicLedgerInvalidBatchSize.selector, 0));
        ledger.attestBatch(orgId, new bytes32[](0), bytes32(0));
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerInvalidBatchSize.selector, 1025)
        );
        ledger.attestBatch(orgId, new bytes32[](1025), bytes32(0));
    }

    function testForeignOpportunity() public {
        MockSafe other = new MockSafe(address(this), 1);
        uint32 org2 = onboard(cityId, other, BUDGET);
        uint48 opp2 = publishOpportunity(org2, address(other), 1, 10);
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerForeignOpportunity.selector, opp2, orgId)
        );
        ledger.attest(orgId, alice, opp2, 1, bytes32(0));
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(
                ICivicAttestations.CivicLedgerForeignOpportunity.selector,
                uint48(99),
                orgId
            )
        );
        ledger.attest(orgId, alice, 99, 1, bytes32(0));
    }

    function testCapacityWindowAndClosed() public {
        uint48 small = publishOpportunity(orgId, address(orgSafe), 1, 5);
        vm.startPrank(address(orgSafe));
        ledger.attest(orgId, alice, small, 5, bytes32(0));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerCapacityExceeded.selector, small, 0)
        );
        ledger.attest(orgId, alice, small, 1, bytes32(0));
        ledger.updateOpportunity(small, 6, uint40(block.timestamp + 1), uint40(block.timestamp + 2), "{}");
        vm.expectRevert(
            abi.encodeWithSelector(
                ICivicAttestations.CivicLedgerOutsideWindow.selector,
                uint40(block.timestamp + 1),
                uint40(block.timestamp + 2),
                block.timestamp
            )
        );
        ledger.attest(orgId, alice, small, 1, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerCapacityBelowUsed.selector, 4, 5));
        ledger.updateOpportunity(small, 4, 0, 1, "{}");
        ledger.closeOpportunity(small);
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerOpportunityClosed.selector, small));
        ledger.attest(orgId, alice, small, 1, bytes32(0));
        vm.stopPrank();
        assertEq(uint256(ledger.opportunity(small).status), uint256(OpportunityStatus.Closed), "closed");
    }

    function testSuspendedAndUnknownOrganization() public {
        vm.prank(address(citySafe));
        ledger.setOrganizationStatus(orgId, OrgStatus.Suspended);
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRegistry.CivicLedgerOrganizationSuspended.selector, orgId)
        );
        ledger.attest(orgId, alice, oppId, 1, bytes32(0));
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRegistry.CivicLedgerUnknownOrganization.selector, uint32(77))
        );
        ledger.attest(77, alice, oppId, 1, bytes32(0));
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRegistry.CivicLedgerOrganizationSuspended.selector, orgId)
        );
        ledger.redeem(offerId, cityId, type(uint64).max);
    }

    function testNotAttester() public {
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerNotAttester.selector, orgId, bob)
        );
        ledger.attest(orgId, alice, oppId, 1, bytes32(0));
    }

    function testBudgetExceededAndMidEpochChange() public {
        vm.prank(address(citySafe));
        ledger.setOrganizationBudget(orgId, 100);
        credit(alice, 8); // 80 of 100
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerBudgetExceeded.selector, orgId, 30, 20)
        );
        ledger.attest(orgId, alice, oppId, 3, bytes32(0));
        // Lowering the budget mid-epoch below what was minted leaves nothing for the rest of the epoch.
        vm.prank(address(citySafe));
        ledger.setOrganizationBudget(orgId, 50);
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerBudgetExceeded.selector, orgId, 10, 0)
        );
        ledger.attest(orgId, alice, oppId, 1, bytes32(0));
        // Raising it applies immediately to the same epoch.
        vm.prank(address(citySafe));
        ledger.setOrganizationBudget(orgId, 90);
        credit(alice, 1);
        assertEq(ledger.organization(orgId).epochMinted, 90, "minted");
    }

    function testEpochBoundaryAllowsTwoBudgetsBackToBack() public {
        vm.prank(address(citySafe));
        ledger.setOrganizationBudget(orgId, 100);
        uint256 nextEpochStart = (block.timestamp / EPOCH + 1) * EPOCH;
        vm.warp(nextEpochStart - 1);
        credit(alice, 10); // full budget in the last second of epoch N
        vm.warp(nextEpochStart);
        credit(alice, 10); // full budget again in the first second of epoch N+1
        assertEq(ledger.balanceOf(cityId, alice), 200, "2x budget across the boundary");
        assertEq(ledger.organization(orgId).epoch, nextEpochStart / EPOCH, "epoch");
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerBudgetExceeded.selector, orgId, 10, 0)
        );
        ledger.attest(orgId, alice, oppId, 1, bytes32(0));
    }

    function testSupplyOverflow() public {
        vm.prank(address(citySafe));
        ledger.setOrganizationBudget(orgId, type(uint64).max);
        uint48 big = publishOpportunity(orgId, address(orgSafe), type(uint32).max, type(uint48).max);
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerSupplyOverflow.selector, cityId)
        );
        ledger.attest(orgId, alice, big, 1 << 20, bytes32(0));
    }
}

contract CivicLedgerSignatureTest is LedgerFixture {
    function setUp() public override {
        super.setUp();
        vm.prank(address(orgSafe));
        ledger.authorizeDelegate(orgId, delegate, 1_000);
    }

    function _request(uint256 nonce) internal view returns (SignedAttestation memory req) {
        bytes32[] memory rows = new bytes32[](2);
        rows[0] = row(alice, oppId, 1);
        rows[1] = row(bob, oppId, 2);
        req = SignedAttestation({
            orgId: orgId,
            signer: delegate,
            rows: rows,
            evidenceRoot: keccak256("root"),
            generation: ledger.authorizationGeneration(orgId, delegate),
            nonce: nonce,
            deadline: block.timestamp + 1 hours
        });
    }

    function _sign(uint256 key, bytes32 digest) internal returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function testSignedByDelegateSubmittedByAnyone() public {
        SignedAttestation memory req = _request(7);
        bytes memory sig = _sign(delegateKey, ledger.hashAttestation(req));
        vm.prank(bob);
        uint48 first = ledger.attestSigned(req, sig);
        assertEq(first, 0, "first");
        assertEq(ledger.balanceOf(cityId, bob), 20, "bob");
        assertTrue(ledger.isNonceUsed(delegate, 7), "nonce used");
        assertEq(ledger.delegateOf(orgId, delegate).epochMinted, 30, "delegate cap charged");
        // Front-run / resubmission fails cleanly on the nonce.
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerNonceUsed.selector, delegate, 7)
        );
        ledger.attestSigned(req, sig);
    }

    function testSignedBySafeViaEip1271() public {
        SignedAttestation memory req = _request(1);
        req.signer = address(orgSafe);
        bytes32 digest = ledger.hashAttestation(req);
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerInvalidSignature.selector, address(orgSafe))
        );
        ledger.attestSigned(req, "");
        orgSafe.approveHash(digest, true);
        ledger.attestSigned(req, "");
        assertEq(ledger.balanceOf(cityId, alice), 10, "alice");
    }

    function testEip1271CheckedAtExecutionNotCached() public {
        SignedAttestation memory req = _request(2);
        req.signer = address(orgSafe);
        bytes32 digest = ledger.hashAttestation(req);
        orgSafe.approveHash(digest, true);
        orgSafe.approveHash(digest, false); // the Safe withdrew its signature
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerInvalidSignature.selector, address(orgSafe))
        );
        ledger.attestSigned(req, "");
    }

    function testExpiredInvalidatedWrongSigner() public {
        SignedAttestation memory req = _request(3);
        bytes memory sig = _sign(delegateKey, ledger.hashAttestation(req));
        vm.warp(req.deadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerSignatureExpired.selector, req.deadline)
        );
        ledger.attestSigned(req, sig);
        vm.warp(req.deadline);
        vm.prank(delegate);
        ledger.invalidateNonces(0, 1 << 3);
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerNonceUsed.selector, delegate, 3)
        );
        ledger.attestSigned(req, sig);
        req.nonce = 4;
        sig = _sign(0xBAD, ledger.hashAttestation(req));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerInvalidSignature.selector, delegate)
        );
        ledger.attestSigned(req, sig);
        // A non-attester signer is rejected by the mint path even with a valid signature.
        req.signer = vm.addr(0xBAD);
        sig = _sign(0xBAD, ledger.hashAttestation(req));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerNotAttester.selector, orgId, req.signer)
        );
        ledger.attestSigned(req, sig);
    }

    function testHighSSignatureRejected() public {
        SignedAttestation memory req = _request(5);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(delegateKey, ledger.hashAttestation(req));
        uint256 n = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
        bytes memory malleable = abi.encodePacked(
            r,
            bytes32(n - uint256(s)),
            v == 27 ? uint8(28) : uint8(27)
        );
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerInvalidSignature.selector, delegate)
        );
        ledger.attestSigned(req, malleable);
    }

    function testSignedRedemptionEoaAndSmartWallet() public {
        uint256 residentKey = 0xCAFE;
        address resident = vm.addr(residentKey);
        credit(resident, 20);
        SignedRedemption memory req = SignedRedemption({
            resident: resident,
            offerId: offerId,
            cityId: cityId,
            maxPrice: PRICE,
            nonce: 9,
            deadline: block.timestamp + 1 hours
        });
        bytes memory sig = _sign(residentKey, ledger.hashRedemption(req));
        vm.prank(address(orgSafe));
        uint32 seq = ledger.redeemSigned(req, sig);
        assertEq(seq, 0, "seq");
        assertEq(ledger.balanceOf(cityId, resident), 200 - PRICE, "balance");
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerNonceUsed.selector, resident, 9)
        );
        ledger.redeemSigned(req, sig);

        MockSafe wallet = new MockSafe(address(this), 1);
        credit(address(wallet), 10);
        req.resident = address(wallet);
        wallet.approveHash(ledger.hashRedemption(req), true);
        ledger.redeemSigned(req, "");
        assertEq(ledger.balanceOf(cityId, address(wallet)), 100 - PRICE, "wallet");
    }
}

contract CivicLedgerRevocationTest is LedgerFixture {
    function testRevokeClawsBackFully() public {
        (uint48 seq, AttestationBatchProof memory proof) = attestWithProof(alice, 4);
        uint256[] memory idx = new uint256[](1);
        vm.expectEmit();
        emit ICivicAttestations.AttestationRevoked(
            orgId,
            seq,
            alice,
            cityId,
            alice,
            40,
            40,
            0,
            3,
            address(orgSafe)
        );
        vm.prank(address(orgSafe));
        ledger.revoke(proof, idx, 3);
        assertEq(ledger.balanceOf(cityId, alice), 0, "balance");
        assertEq(ledger.lifetimeEarned(cityId, alice), 0, "lifetime");
        assertEq(ledger.totalSupply(cityId), 0, "supply");
        assertTrue(ledger.isRevoked(orgId, seq), "revoked");
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerAlreadyRevoked.selector, orgId, seq)
        );
        ledger.revoke(proof, idx, 3);
    }

    function testRevokeAfterSpendingEmitsShortfall() public {
        credit(alice, 1); // 10 credits from an earlier attestation
        (uint48 seq, AttestationBatchProof memory proof) = attestWithProof(alice, 5); // +50
        (, RedemptionProof memory red) = redeemWithProof(alice, offerId); // spends 50, balance 10
        bytes32[] memory later = new bytes32[](1);
        later[0] = redemptionRecordHash(offerId, 0, red);
        proof.laterRecords = later;
        uint256[] memory idx = new uint256[](1);
        vm.expectEmit();
        emit ICivicAttestations.AttestationRevoked(
            orgId,
            seq,
            alice,
            cityId,
            alice,
            50,
            10,
            40,
            1,
            address(citySafe)
        );
        vm.prank(address(citySafe)); // the city admin may revoke too
        ledger.revoke(proof, idx, 1);
        assertEq(ledger.balanceOf(cityId, alice), 0, "balance");
        assertEq(ledger.lifetimeEarned(cityId, alice), 10, "lifetime reduced by the full amount");
        assertEq(ledger.totalSupply(cityId), 0, "supply");
    }

    function testRevokeBatchRowsAndProofThroughLaterRecords() public {
        bytes32[] memory rows = new bytes32[](3);
        rows[0] = row(alice, oppId, 1);
        rows[1] = row(bob, oppId, 2);
        rows[2] = row(alice, oppId, 3);
        (uint48 first, AttestationBatchProof memory proof) = attestBatchWithProof(rows, keccak256("root"));
        // Two later records: an attestation and a redemption.
        (, AttestationBatchProof memory later) = attestWithProof(bob, 10);
        (, RedemptionProof memory red) = redeemWithProof(bob, offerId);
        bytes32[] memory laterRecords = new bytes32[](2);
        laterRecords[0] = attestRecordHash(later);
        laterRecords[1] = redemptionRecordHash(offerId, 0, red);
        proof.laterRecords = laterRecords;
        uint256[] memory idx = new uint256[](2);
        idx[0] = 1;
        idx[1] = 2;
        vm.prank(address(orgSafe));
        ledger.revoke(proof, idx, 2);
        assertTrue(!ledger.isRevoked(orgId, first), "row 0 kept");
        assertTrue(ledger.isRevoked(orgId, first + 1), "row 1");
        assertTrue(ledger.isRevoked(orgId, first + 2), "row 2");
        assertEq(ledger.balanceOf(cityId, alice), 10, "alice keeps row 0");
        assertEq(ledger.balanceOf(cityId, bob), 100 - PRICE, "bob keeps later credits");
        assertEq(ledger.lifetimeEarned(cityId, bob), 100, "bob lifetime");
    }

    function testRevokeRejectsBadProofsIndexesCallersAndLateness() public {
        (, AttestationBatchProof memory proof) = attestWithProof(alice, 4);
        uint256[] memory idx = new uint256[](1);
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerNotRevoker.selector, orgId, bob)
        );
        ledger.revoke(proof, idx, 1);
        // Tampered row: claims more units.
        bytes32[] memory rows = new bytes32[](1);
        rows[0] = row(alice, oppId, 400);
        AttestationBatchProof memory forged = AttestationBatchProof({
            orgId: proof.orgId,
            firstSeq: proof.firstSeq,
            timestamp: proof.timestamp,
            evidenceRoot: proof.evidenceRoot,
            rows: rows,
            prevHead: proof.prevHead,
            laterRecords: proof.laterRecords
        });
        vm.prank(address(orgSafe));
        vm.expectRevert(abi.encodeWithSelector(ICivicAttestations.CivicLedgerUnknownRecord.selector));
        ledger.revoke(forged, idx, 1);
        // Stale proof: a later record moved the head and no checkpoint covers it.
        (, AttestationBatchProof memory proof2) = attestWithProof(bob, 1);
        proof2;
        vm.prank(address(orgSafe));
        vm.expectRevert(abi.encodeWithSelector(ICivicAttestations.CivicLedgerUnknownRecord.selector));
        ledger.revoke(proof, idx, 1);
        // ... until anyone stores a checkpoint at the new head and the proof names the later record.
        ledger.checkpoint(cityId);
        bytes32[] memory later = new bytes32[](1);
        later[0] = attestRecordHash(proof2);
        proof.laterRecords = later;
        idx[0] = 1;
        vm.prank(address(orgSafe));
        vm.expectRevert(abi.encodeWithSelector(ICivicAttestations.CivicLedgerInvalidRowIndex.selector, 1));
        ledger.revoke(proof, idx, 1);
        idx[0] = 0;
        vm.warp(block.timestamp + DISPUTE + 1);
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(
                ICivicAttestations.CivicLedgerDisputeWindowClosed.selector,
                uint256(proof.timestamp) + DISPUTE
            )
        );
        ledger.revoke(proof, idx, 1);
        vm.warp(block.timestamp - 1);
        vm.prank(address(orgSafe));
        ledger.revoke(proof, idx, 1);
        assertEq(ledger.balanceOf(cityId, alice), 0, "revoked via checkpoint");
    }

    function testAutomaticCheckpointEvery256Records() public {
        (, AttestationBatchProof memory proof) = attestWithProof(alice, 1);
        bytes32[] memory later = new bytes32[](255);
        for (uint256 i; i < 255; ++i) {
            (, AttestationBatchProof memory p) = attestWithProof(bob, 1);
            later[i] = attestRecordHash(p);
        }
        uint192 head = ledger.city(cityId).head;
        assertTrue(ledger.isCheckpoint(cityId, head), "256th record stored a checkpoint");
        // One more record: the live head moves on, the checkpoint still anchors the proof.
        credit(bob, 1);
        proof.laterRecords = later;
        uint256[] memory idx = new uint256[](1);
        vm.prank(address(orgSafe));
        ledger.revoke(proof, idx, 1);
        assertEq(ledger.balanceOf(cityId, alice), 0, "revoked");
    }

    function redemptionRecordHash(
        uint48 offer,
        uint32 seq,
        RedemptionProof memory p
    ) internal pure returns (bytes32) {
        return
            keccak256(
                abi.encode(
                    keccak256("CitySync.Redemption"),
                    offer,
                    seq,
                    p.resident,
                    p.cityId,
                    p.credits,
                    p.timestamp
                )
            );
    }
}

contract CivicLedgerRecoveryTest is LedgerFixture {
    function testRecoveryFlow() public {
        credit(alice, 3);
        credit(bob, 1);
        vm.prank(address(citySafe));
        ledger.requestRecovery(cityId, alice, bob);
        assertEq(ledger.pendingRecovery(cityId, alice).to, bob, "pending");
        vm.expectRevert(
            abi.encodeWithSelector(
                ICivicAttestations.CivicLedgerRecoveryNotReady.selector,
                block.timestamp + RECOVERY
            )
        );
        ledger.executeRecovery(cityId, alice);
        vm.warp(block.timestamp + RECOVERY);
        vm.expectEmit();
        emit ICivicAttestations.RecoveryExecuted(cityId, alice, bob, 30, 30, 0);
        ledger.executeRecovery(cityId, alice); // anyone
        assertEq(ledger.balanceOf(cityId, alice), 0, "old balance");
        assertEq(ledger.lifetimeEarned(cityId, alice), 0, "old lifetime");
        assertEq(ledger.balanceOf(cityId, bob), 40, "new balance");
        assertEq(ledger.lifetimeEarned(cityId, bob), 40, "new lifetime");
        assertEq(ledger.totalSupply(cityId), 40, "supply unchanged");
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerNoRecovery.selector, cityId, alice)
        );
        ledger.executeRecovery(cityId, alice);
    }

    function testCityAdminCancelsOldAddressContests() public {
        credit(alice, 3);
        vm.prank(address(citySafe));
        ledger.requestRecovery(cityId, alice, bob);
        vm.prank(address(citySafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerRecoveryPending.selector, cityId, alice)
        );
        ledger.requestRecovery(cityId, alice, address(0xCC));
        // The old address cannot cancel (a thief holding its key would veto every recovery): it contests.
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRegistry.CivicLedgerNotCityAdmin.selector, cityId, alice)
        );
        ledger.cancelRecovery(cityId, alice);
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerNotRecoveryContester.selector, bob)
        );
        ledger.contestRecovery(cityId, alice);
        vm.prank(address(citySafe));
        ledger.cancelRecovery(cityId, alice);
        vm.warp(block.timestamp + RECOVERY);
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerNoRecovery.selector, cityId, alice)
        );
        ledger.executeRecovery(cityId, alice);
        assertEq(ledger.balanceOf(cityId, alice), 30, "kept");
    }

    function testRecoveryValidation() public {
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerNotCityAdmin.selector, cityId, bob));
        ledger.requestRecovery(cityId, alice, bob);
        vm.prank(address(citySafe));
        vm.expectRevert(abi.encodeWithSelector(ICivicAttestations.CivicLedgerInvalidRecovery.selector));
        ledger.requestRecovery(cityId, alice, alice);
    }
}

contract CivicLedgerRedemptionTest is LedgerFixture {
    function testRedeemBurnsAndCounts() public {
        credit(alice, 6); // 60
        vm.expectEmit();
        emit ICivicRedemptions.Redeemed(offerId, alice, 0, cityId, PRICE);
        vm.prank(alice);
        uint32 seq = ledger.redeem(offerId, cityId, type(uint64).max);
        assertEq(seq, 0, "seq");
        assertEq(ledger.balanceOf(cityId, alice), 10, "balance");
        assertEq(ledger.lifetimeEarned(cityId, alice), 60, "lifetime unchanged");
        assertEq(ledger.totalSupply(cityId), 10, "supply");
        assertEq(ledger.offer(offerId).stock, 999, "stock");
        assertEq(ledger.offer(offerId).sold, 1, "sold");
        assertEq(uint256(ledger.redemptionStatus(offerId, 0)), uint256(RedemptionStatus.Redeemed), "status");
        assertEq(uint256(ledger.redemptionStatus(offerId, 1)), uint256(RedemptionStatus.None), "none");
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                ICivicRedemptions.CivicLedgerInsufficientBalance.selector,
                cityId,
                alice,
                10,
                50
            )
        );
        ledger.redeem(offerId, cityId, type(uint64).max);
    }

    function testLimitStockAndCities() public {
        vm.prank(admin);
        uint32 cdmx = ledger.createCity(address(citySafe), "CDMX", "Mexico City");
        MockSafe cdmxOrg = new MockSafe(address(this), 1);
        uint32 org2 = onboard(cdmx, cdmxOrg, BUDGET);
        uint48 opp2 = publishOpportunity(org2, address(cdmxOrg), 100, 1000);
        vm.prank(address(cdmxOrg));
        ledger.attest(org2, alice, opp2, 5, bytes32(0)); // 500 CDMX credits
        credit(alice, 50); // 500 BRK credits
        uint48 limited = publishOffer(orgId, address(orgSafe), 10, 3, 2, cities(cdmx, cityId));
        uint48 cdmxOnly = publishOffer(orgId, address(orgSafe), 10, 1, 0, cities(cdmx));
        assertTrue(ledger.offerAcceptsCity(limited, cdmx), "accepts cdmx");
        assertTrue(!ledger.offerAcceptsCity(cdmxOnly, cityId), "not home");
        vm.startPrank(alice);
        ledger.redeem(limited, cdmx, type(uint64).max);
        ledger.redeem(limited, cityId, type(uint64).max);
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRedemptions.CivicLedgerResidentLimitReached.selector, limited, alice)
        );
        ledger.redeem(limited, cdmx, type(uint64).max);
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRedemptions.CivicLedgerCityNotAccepted.selector, cdmxOnly, cityId)
        );
        ledger.redeem(cdmxOnly, cityId, type(uint64).max);
        ledger.redeem(cdmxOnly, cdmx, type(uint64).max);
        vm.expectRevert(abi.encodeWithSelector(ICivicRedemptions.CivicLedgerOutOfStock.selector, cdmxOnly));
        ledger.redeem(cdmxOnly, cdmx, type(uint64).max);
        vm.stopPrank();
        assertEq(ledger.redemptionsOf(limited, alice), 2, "count");
        assertEq(ledger.balanceOf(cdmx, alice), 480, "cdmx");
        assertEq(ledger.totalSupply(cdmx), 480, "cdmx supply");
        assertEq(ledger.balanceOf(cityId, alice), 490, "brk");
    }

    function testOfferValidationAndLifecycle() public {
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRegistry.CivicLedgerInvalidAcceptedCity.selector, uint32(0))
        );
        ledger.publishOffer(orgId, _offerParams(new uint32[](0)));
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRegistry.CivicLedgerInvalidAcceptedCity.selector, cityId)
        );
        ledger.publishOffer(orgId, _offerParams(cities(cityId, cityId)));
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRegistry.CivicLedgerInvalidAcceptedCity.selector, uint32(5))
        );
        ledger.publishOffer(orgId, _offerParams(cities(5)));
        credit(alice, 20);
        vm.prank(address(orgSafe));
        ledger.updateOffer(offerId, 70, 5, uint40(block.timestamp), uint40(block.timestamp + 10), "{}");
        vm.prank(alice);
        ledger.redeem(offerId, cityId, type(uint64).max);
        assertEq(ledger.balanceOf(cityId, alice), 130, "new price");
        vm.warp(block.timestamp + 11);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                ICivicAttestations.CivicLedgerOutsideWindow.selector,
                uint40(block.timestamp - 11),
                uint40(block.timestamp - 1),
                block.timestamp
            )
        );
        ledger.redeem(offerId, cityId, type(uint64).max);
        vm.prank(address(orgSafe));
        ledger.closeOffer(offerId);
        assertEq(uint256(ledger.offer(offerId).status), uint256(OfferStatus.Closed), "closed");
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRedemptions.CivicLedgerOfferNotActive.selector, offerId)
        );
        ledger.redeem(offerId, cityId, type(uint64).max);
    }

    function _offerParams(uint32[] memory accepted) internal view returns (OfferParams memory) {
        return
            OfferParams({
                price: 1,
                stock: 1,
                perResidentLimit: 0,
                start: uint40(block.timestamp),
                end: uint40(block.timestamp + 1),
                acceptedCities: accepted,
                metadata: "{}"
            });
    }

    function testFulfillAndRefund() public {
        credit(alice, 10);
        (uint32 s0, ) = redeemWithProof(alice, offerId);
        (uint32 s1, RedemptionProof memory p1) = redeemWithProof(alice, offerId);
        assertEq(ledger.balanceOf(cityId, alice), 0, "spent");
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRegistry.CivicLedgerNotOrganizationAccount.selector, orgId, bob)
        );
        ledger.fulfillRedemption(offerId, s0);
        vm.prank(address(orgSafe));
        ledger.fulfillRedemption(offerId, s0);
        assertEq(
            uint256(ledger.redemptionStatus(offerId, s0)),
            uint256(RedemptionStatus.Fulfilled),
            "fulfilled"
        );
        // A forged refund (to bob) does not match the chain.
        RedemptionProof memory forged = RedemptionProof({
            resident: bob,
            cityId: p1.cityId,
            credits: p1.credits,
            timestamp: p1.timestamp,
            prevHead: p1.prevHead,
            laterRecords: p1.laterRecords
        });
        vm.prank(address(orgSafe));
        vm.expectRevert(abi.encodeWithSelector(ICivicAttestations.CivicLedgerUnknownRecord.selector));
        ledger.refundRedemption(offerId, s1, forged);
        vm.prank(address(orgSafe));
        ledger.refundRedemption(offerId, s1, p1);
        assertEq(
            uint256(ledger.redemptionStatus(offerId, s1)),
            uint256(RedemptionStatus.Refunded),
            "refunded"
        );
        assertEq(ledger.balanceOf(cityId, alice), PRICE, "restored");
        assertEq(ledger.lifetimeEarned(cityId, alice), 100, "lifetime untouched");
        assertEq(ledger.totalSupply(cityId), PRICE, "supply");
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRedemptions.CivicLedgerRedemptionNotPending.selector, offerId, s1)
        );
        ledger.refundRedemption(offerId, s1, p1);
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(
                ICivicRedemptions.CivicLedgerRedemptionNotPending.selector,
                offerId,
                uint32(9)
            )
        );
        ledger.fulfillRedemption(offerId, 9);
    }
}

contract CivicLedgerGovernanceTest is LedgerFixture {
    function testAdminTransferTwoStepWithDelay() public {
        // Only a Safe can be handed the network admin role.
        address safeB = address(new MockSafe(bob, 2));
        address safeA = address(new MockSafe(alice, 2));
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerNotSafe.selector, bob));
        ledger.beginNetworkAdminTransfer(bob);
        vm.prank(admin);
        ledger.beginNetworkAdminTransfer(safeB);
        vm.prank(safeA);
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerNotPendingAdmin.selector, safeA));
        ledger.acceptNetworkAdmin();
        vm.prank(safeB);
        vm.expectRevert(
            abi.encodeWithSelector(
                ICivicRegistry.CivicLedgerAdminTransferNotReady.selector,
                block.timestamp + ADMIN_DELAY
            )
        );
        ledger.acceptNetworkAdmin();
        vm.warp(block.timestamp + ADMIN_DELAY);
        vm.prank(safeB);
        ledger.acceptNetworkAdmin();
        assertEq(ledger.networkAdmin(), safeB, "admin");
        (address pending, ) = ledger.pendingNetworkAdmin();
        assertEq(pending, address(0), "cleared");
        vm.prank(safeB);
        ledger.beginNetworkAdminTransfer(safeA);
        vm.prank(safeB);
        ledger.cancelNetworkAdminTransfer();
        vm.prank(safeA);
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerNoAdminTransfer.selector));
        ledger.acceptNetworkAdmin();
    }

    function testPauseBlocksMovementButNotSafetyValves() public {
        credit(alice, 10);
        (, AttestationBatchProof memory proof) = attestWithProof(alice, 1);
        vm.prank(address(citySafe));
        ledger.requestRecovery(cityId, alice, bob);
        vm.prank(admin);
        ledger.pause();
        assertTrue(ledger.paused(), "paused");
        assertTrue(ledger.city(cityId).head != 0, "reads work");

        bytes memory paused = abi.encodeWithSelector(ICivicRegistry.CivicLedgerPaused.selector);
        vm.prank(address(orgSafe));
        vm.expectRevert(paused);
        ledger.attest(orgId, alice, oppId, 1, bytes32(0));
        vm.prank(alice);
        vm.expectRevert(paused);
        ledger.redeem(offerId, cityId, type(uint64).max);
        uint256[] memory idx = new uint256[](1);
        vm.prank(address(orgSafe));
        vm.expectRevert(paused);
        ledger.revoke(proof, idx, 1);
        vm.warp(block.timestamp + RECOVERY);
        vm.expectRevert(paused);
        ledger.executeRecovery(cityId, alice);
        vm.prank(address(citySafe));
        vm.expectRevert(paused);
        ledger.onboardOrganization(cityId, address(orgSafe), 1, "{}");
        vm.prank(address(orgSafe));
        vm.expectRevert(paused);
        ledger.authorizeDelegate(orgId, delegate, 1);
        vm.prank(address(citySafe));
        vm.expectRevert(paused);
        ledger.setOrganizationBudget(orgId, 1);
        vm.prank(admin);
        vm.expectRevert(paused);
        ledger.createCity(address(citySafe), "CDMX", "Mexico City");

        // Safety valves keep working.
        vm.prank(alice);
        ledger.cancelRecovery(cityId, alice);
        vm.prank(alice);
        ledger.invalidateNonces(0, 1);
        ledger.checkpoint(cityId);
        vm.prank(address(citySafe));
        ledger.setOrganizationStatus(orgId, OrgStatus.Suspended);
        vm.prank(address(citySafe));
        vm.expectRevert(paused);
        ledger.setOrganizationStatus(orgId, OrgStatus.Active);
        vm.prank(address(orgSafe));
        ledger.closeOpportunity(oppId);
        vm.prank(address(orgSafe));
        ledger.revokeDelegate(orgId, delegate == address(0) ? bob : _authorized());

        vm.prank(admin);
        ledger.unpause();
        assertTrue(!ledger.paused(), "unpaused");
        vm.prank(address(citySafe));
        ledger.setOrganizationStatus(orgId, OrgStatus.Active);
        vm.prank(alice);
        ledger.redeem(offerId, cityId, type(uint64).max);
    }

    function _authorized() internal returns (address) {
        // authorizeDelegate is blocked while paused, so this test authorizes before pausing via a helper
        // contract-level flag: the delegate was never authorized, expect the clean error instead.
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRegistry.CivicLedgerUnknownDelegate.selector, orgId, delegate)
        );
        return delegate;
    }

    function testPauseOnlyAdminAndIdempotenceGuard() public {
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRegistry.CivicLedgerNotNetworkAdmin.selector, address(this))
        );
        ledger.pause();
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerPauseUnchanged.selector, false));
        ledger.unpause();
    }
}

contract CivicLedgerEdgeTest is LedgerFixture {
    function testConstructorGuards() public {
        // The module's constructor rejects a zero epoch and a zero signature horizon (CREATE returns 0).
        assertEq(deployModule(0, DISPUTE, RECOVERY, ADMIN_DELAY, HORIZON), address(0), "zero epoch");
        assertEq(deployModule(EPOCH, DISPUTE, RECOVERY, ADMIN_DELAY, 0), address(0), "zero horizon");
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerZeroAddress.selector));
        new CivicLedger(address(0), ICivicRegistry(address(module)));
    }

    function testCountersAndParameters() public view {
        assertEq(ledger.organizationCount(), 1, "orgs");
        assertEq(ledger.opportunityCount(), 1, "opps");
        assertEq(ledger.offerCount(), 1, "offers");
        assertEq(ledger.currentEpoch(), block.timestamp / EPOCH, "epoch");
        assertEq(ledger.MAX_METADATA_BYTES(), 1024, "metadata");
        assertEq(ledger.MAX_CITIES(), 500, "cities");
        assertTrue(ledger.DOMAIN_SEPARATOR() != bytes32(0), "domain");
        assertEq(ledger.nonceBitmap(alice, 0), 0, "bitmap");
        assertTrue(!ledger.offerAcceptsCity(99, cityId), "unknown offer");
    }

    function testZeroAmountsAndAddresses() public {
        vm.startPrank(address(orgSafe));
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerZeroAmount.selector));
        ledger.publishOpportunity(
            orgId,
            OpportunityParams({creditsPerUnit: 0, capacity: 1, start: 0, end: 1, metadata: "{}"})
        );
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerInvalidWindow.selector, 5, 1));
        ledger.publishOpportunity(
            orgId,
            OpportunityParams({creditsPerUnit: 1, capacity: 1, start: 5, end: 1, metadata: "{}"})
        );
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerZeroAmount.selector));
        ledger.updateOpportunity(oppId, 0, 0, 1, "{}");
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerZeroAmount.selector));
        ledger.updateOffer(offerId, 0, 1, 0, 1, "{}");
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerZeroAddress.selector));
        ledger.authorizeDelegate(orgId, address(0), 1);
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRegistry.CivicLedgerUnknownDelegate.selector, orgId, bob)
        );
        ledger.revokeDelegate(orgId, bob);
        vm.stopPrank();
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerZeroAddress.selector));
        ledger.beginNetworkAdminTransfer(address(0));
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerNoAdminTransfer.selector));
        ledger.cancelNetworkAdminTransfer();
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(ICivicAttestations.CivicLedgerNoRecovery.selector, cityId, alice)
        );
        ledger.cancelRecovery(cityId, alice);
        vm.prank(address(orgSafe));
        vm.expectRevert(
            abi.encodeWithSelector(ICivicRegistry.CivicLedgerUnknownOpportunity.selector, uint48(77))
        );
        ledger.closeOpportunity(77);
        vm.prank(address(orgSafe));
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerUnknownOffer.selector, uint48(77)));
        ledger.closeOffer(77);
    }

    function testRevokeNeedsIndexes() public {
        (, AttestationBatchProof memory proof) = attestWithProof(alice, 1);
        vm.prank(address(orgSafe));
        vm.expectRevert(abi.encodeWithSelector(ICivicAttestations.CivicLedgerInvalidRowIndex.selector, 0));
        ledger.revoke(proof, new uint256[](0), 1);
    }

    function testModuleCalledDirectlyHasNoAdmin() public {
        vm.expectRevert(abi.encodeWithSelector(ICivicRegistry.CivicLedgerNotNetworkAdmin.selector, admin));
        vm.prank(admin);
        module.pause();
    }
}
