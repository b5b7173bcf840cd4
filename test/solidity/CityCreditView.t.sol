// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {LedgerFixture} from "./LedgerFixture.sol";
import {CityCreditView} from "../../contracts/token/CityCreditView.sol";
import {ICityCredit} from "../../contracts/interfaces/ICityCredit.sol";

contract CityCreditViewTest is LedgerFixture {
    CityCreditView internal token;

    function setUp() public override {
        super.setUp();
        token = new CityCreditView(ledger, cityId);
    }

    function testReads() public {
        credit(alice, 7);
        assertEq(keccak256(bytes(token.name())), keccak256("City/Sync Credits Berkeley"), "name");
        assertEq(keccak256(bytes(token.symbol())), keccak256("BRK"), "symbol");
        assertEq(token.decimals(), 0, "decimals");
        assertEq(token.balanceOf(alice), 70, "balance");
        assertEq(token.totalSupply(), 70, "supply");
        assertEq(token.lifetimeEarned(alice), 70, "lifetime");
        assertEq(token.allowance(alice, bob), 0, "allowance");
        assertEq(token.nonces(alice), 0, "nonces");
        assertEq(token.ledger(), address(ledger), "ledger");
        assertEq(token.cityId(), cityId, "city");
    }

    function testEveryTransferPathReverts() public {
        credit(alice, 7);
        bytes memory err = abi.encodeWithSelector(ICityCredit.CityCreditNonTransferable.selector);
        vm.startPrank(alice);
        vm.expectRevert(err);
        token.transfer(bob, 1);
        vm.expectRevert(err);
        token.transferFrom(alice, bob, 1);
        vm.expectRevert(err);
        token.approve(bob, 1);
        vm.expectRevert(err);
        token.increaseAllowance(bob, 1);
        vm.expectRevert(err);
        token.decreaseAllowance(bob, 1);
        vm.expectRevert(err);
        token.permit(alice, bob, 1, block.timestamp, 27, bytes32(0), bytes32(0));
        vm.expectRevert(err);
        token.DOMAIN_SEPARATOR();
        vm.stopPrank();
        assertEq(token.balanceOf(alice), 70, "unchanged");
    }

    function testUnknownCity() public {
        vm.expectRevert(abi.encodeWithSelector(ICityCredit.CityCreditUnknownCity.selector, uint32(2)));
        new CityCreditView(ledger, 2);
    }
}
