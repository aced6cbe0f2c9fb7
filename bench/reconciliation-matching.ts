/**
 * `pnpm bench:matching`: the reconciliation matching engine (`matchStatementLines`) on 10k, 100k
 * and 1M statement lines against as many open items, beside a baseline measured in the same run:
 * a raw Map-based exact-amount hash join over the same arrays (the least any matcher must do).
 * Prints lines per second, the ratio to the baseline, and the growth from the smallest to the
 * largest size (time per line at the largest size / time per line at the smallest).
 *
 * `BENCH_MATCHING_SIZES=10000 pnpm bench:matching` (or `pnpm bench:matching:quick`) is the short
 * bounded run for CI (seconds).
 *
 * Figures of 2026-12-03 on the shared 2-core machine under a load average of 29–40 (so wall
 * time was 3–4× CPU time; read the CPU column): 10k lines 0.64–0.81 s CPU; 100k 3.9–4.3 s CPU
 * (wall 15–20 s); 1M 56.8 s CPU (wall 216 s, heap 2.4 GB, baseline hash join 15.5 s wall);
 * CPU per line grew ×1.45 from 100k to 1M (GC on a larger heap). Pure CPU and memory: no database.
 */
import { matchStatementLines, type MatchLine, type OpenItem } from "@closebook/core";
import { generateBenchmarkData } from "../packages/core/src/reconciliation/fixtures/matching-dataset";

const sizes = (process.env.BENCH_MATCHING_SIZES ?? "10000,100000,1000000").split(",").map((value) => Number(value.trim()));

function baselineHashJoin(lines: readonly MatchLine[], items: readonly OpenItem[]): number {
  const byAmount = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = `${item.currency}|${item.openAmount}`;
    const bucket = byAmount.get(key);
    if (bucket) bucket.push(i);
    else byAmount.set(key, [i]);
  });
  const used = new Uint8Array(items.length);
  let matched = 0;
  for (const line of lines) {
    const bucket = byAmount.get(`${line.currency}|${line.unallocated}`);
    if (!bucket) continue;
    for (const i of bucket) {
      if (!used[i]) {
        used[i] = 1;
        matched++;
        break;
      }
    }
  }
  return matched;
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

// Warm-up (JIT) on a small run, so that the first measured size is not charged for compilation.
{
  const warm = generateBenchmarkData(5000, 99);
  matchStatementLines(warm.lines, warm.items, []);
  baselineHashJoin(warm.lines, warm.items);
}

const rows: { size: number; engine: number; cpu: number; baseline: number; proposals: number; auto: number; heapMb: number }[] = [];
for (const size of sizes) {
  const { lines, items } = generateBenchmarkData(size);
  globalThis.gc?.();
  let start = process.hrtime.bigint();
  const joined = baselineHashJoin(lines, items);
  const baseline = seconds(start);
  start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const result = matchStatementLines(lines, items, []);
  const engine = seconds(start);
  const cpuUsed = process.cpuUsage(cpuStart);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
  const heapMb = Math.round(process.memoryUsage().heapUsed / 1048576);
  const auto = result.proposals.filter((proposal) => proposal.tier === "auto").length;
  rows.push({ size, engine, cpu, baseline, proposals: result.proposals.length, auto, heapMb });
  console.log(
    `${String(size).padStart(8)} lines × ${size} items: engine ${engine.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU (${Math.round(size / engine).toLocaleString("en")} lines/s), ` +
      `baseline hash join ${baseline.toFixed(3)} s (${joined} exact-amount pairs), engine/baseline ${(engine / baseline).toFixed(1)}×; ` +
      `${result.proposals.length} proposals (${auto} auto), ${result.unmatchedLineIds.length} unmatched; heap ${heapMb} MB`,
  );
}
const first = rows[0];
const last = rows[rows.length - 1];
if (first && last && last !== first) {
  const growth = last.engine / last.size / (first.engine / first.size);
  const baselineGrowth = last.baseline / last.size / (first.baseline / first.size);
  console.log(
    `growth ${first.size}→${last.size}: time per line ×${growth.toFixed(2)} (1.00 is linear; the baseline's ×${baselineGrowth.toFixed(2)}); ` +
      `total time ×${(last.engine / first.engine).toFixed(1)} for ×${last.size / first.size} lines`,
  );
}
for (const row of rows) {
  const target = row.size === 100_000 ? 5 : row.size === 1_000_000 ? 60 : null;
  if (target !== null) console.log(`target ${row.size}: ${row.engine.toFixed(2)} s against < ${target} s: ${row.engine < target ? "met" : "MISSED"}`);
}
