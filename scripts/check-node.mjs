// Runs before `npm install`: Hardhat 3 and its EDR runtime need Node >= 22.13, and npm
// itself must run on such a Node or it silently skips EDR's native package (engines >= 22).
// Plain .mjs on purpose: it must run on whatever Node the newcomer has.
const [major, minor] = process.versions.node.split(".").map(Number);
const ok = major > 22 || (major === 22 && minor >= 13);
if (!ok) {
  console.error(
    [
      "",
      `City/Sync needs Node >= 22.13 to install (this shell runs Node ${process.versions.node}).`,
      "Run the set-up command instead; it fetches Node 24 from the npm registry and installs with it:",
      "",
      "    npm run setup",
      "",
    ].join("\n"),
  );
  process.exit(1);
}
