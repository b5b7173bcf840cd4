// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;
import {Probe} from "../../contracts/Probe.sol";
contract ProbeTest {
    function testFuzzSet(uint256 v) public {
        Probe p = new Probe();
        p.set(v);
        require(p.x() == v, "x");
    }
}
