// Reads the Lighthouse JSON reports in a folder and prints one table: page, performance, accessibility, bytes
// transferred (the total-byte-weight audit), third-party requests (any request whose origin is not the app's) and
// pass/fail against the budget. Exits 1 on any miss.
// Usage: node summarize.mjs REPORT_DIR [--markdown]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const budget = { performance: 95, accessibility: 100, kilobytes: 150, thirdParty: 0 };
const [dir, ...flags] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node summarize.mjs REPORT_DIR [--markdown]");
  process.exit(2);
}
const markdown = flags.includes("--markdown");

const rows = readdirSync(dir)
  .filter((f) => f.endsWith(".report.json"))
  .sort()
  .map((file) => {
    const report = JSON.parse(readFileSync(join(dir, file), "utf8"));
    const origin = new URL(report.finalDisplayedUrl ?? report.requestedUrl).origin;
    const requests = report.audits["network-requests"]?.details?.items ?? [];
    const thirdParty = requests
      .map((r) => r.url)
      .filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin);
    const score = (c) => (report.categories[c]?.score == null ? NaN : Math.round(report.categories[c].score * 100));
    const bytes = report.audits["total-byte-weight"]?.numericValue ?? NaN;
    const failedA11y = Object.values(report.audits)
      .filter((a) => report.categories.accessibility?.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score === 0)
      .map((a) => a.id);
    const row = {
      page: new URL(report.requestedUrl).pathname + new URL(report.requestedUrl).search,
      performance: score("performance"),
      accessibility: score("accessibility"),
      kilobytes: Math.round(bytes / 102.4) / 10,
      thirdParty: thirdParty.length,
      runtimeError: report.runtimeError?.message,
      failedA11y,
    };
    row.misses = [
      !(row.performance >= budget.performance) && `performance ${row.performance} < ${budget.performance}`,
      !(row.accessibility >= budget.accessibility) && `accessibility ${row.accessibility} < ${budget.accessibility} (${failedA11y.join(", ")})`,
      !(row.kilobytes <= budget.kilobytes) && `${row.kilobytes} KB > ${budget.kilobytes} KB`,
      row.thirdParty > budget.thirdParty && `third-party: ${thirdParty.slice(0, 3).join(" ")}`,
      row.runtimeError && `lighthouse error: ${row.runtimeError}`,
    ].filter(Boolean);
    return row;
  });

if (rows.length === 0) {
  console.error(`no *.report.json in ${dir}`);
  process.exit(1);
}

const header = ["page", "performance", "accessibility", "KB transferred", "third-party requests", "budget"];
const cells = rows.map((r) => [r.page, r.performance, r.accessibility, r.kilobytes, r.thirdParty, r.misses.length ? "FAIL" : "pass"].map(String));
if (markdown) {
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`);
  cells.forEach((c) => console.log(`| ${c.join(" | ")} |`));
} else {
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join("  ");
  console.log(line(header));
  cells.forEach((c) => console.log(line(c)));
}
console.log(`budget: performance >= ${budget.performance}, accessibility = ${budget.accessibility}, <= ${budget.kilobytes} KB, no third-party requests`);
const misses = rows.filter((r) => r.misses.length);
misses.forEach((r) => console.log(`MISS ${r.page}: ${r.misses.join("; ")}`));
console.log(misses.length ? `${misses.length} of ${rows.length} pages miss the budget` : `all ${rows.length} pages within budget`);
process.exit(misses.length ? 1 : 0);
