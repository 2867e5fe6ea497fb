/*
 * Hand-written SVG line charts for the scaling figures (no chart library): axes with ticks,
 * labels, one polyline and labelled points per series, optional horizontal goal lines.
 *   bench/results/pipeline.svg  ms per story against N (log scale)
 *   bench/results/build.svg     next build wall time against N
 *   bench/results/archive.svg   the whole build's time against N: cold, and after a one-story edit
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArchiveResult } from './archive';
import type { BuildResult } from './build';
import type { PipelineResult } from './pipeline';
import { log } from './util';

export interface Series {
  name: string;
  points: { x: number; y: number; label?: string }[];
  color: string;
  dashed?: boolean;
}

export interface ChartSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  xLog?: boolean;
  series: Series[];
  goals?: { y: number; label: string }[];
  width?: number;
  height?: number;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (v: number) => (Math.abs(v) >= 1000 ? v.toLocaleString('en-US', { maximumFractionDigits: 0 }) : Number(v.toPrecision(3)).toString());

/** About `count` round tick values covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (max <= min) max = min + 1;
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  // From at or below min to the first tick at or above max.
  for (let v = Math.floor(min / step) * step; ; v += step) {
    ticks.push(Number(v.toPrecision(12)));
    if (v >= max - step * 1e-9) break;
  }
  return ticks;
}

export function lineChart(spec: ChartSpec): string {
  const width = spec.width ?? 640;
  const height = spec.height ?? 360;
  const m = { top: 44, right: 24, bottom: 56, left: 68 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const all = spec.series.flatMap((s) => s.points);
  const xs = all.map((p) => p.x);
  const ys = [...all.map((p) => p.y), ...(spec.goals ?? []).map((g) => g.y)];
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const yTicks = niceTicks(0, Math.max(...ys) * 1.08);
  const yMax = yTicks[yTicks.length - 1] ?? 1;

  const xTicks = spec.xLog
    ? (() => {
        const out: number[] = [];
        for (let e = Math.floor(Math.log10(xMin)); e <= Math.ceil(Math.log10(xMax)); e++) out.push(10 ** e);
        return out;
      })()
    : niceTicks(0, xMax);
  const xLo = spec.xLog ? Math.log10(xTicks[0] ?? xMin) : 0;
  const xHi = spec.xLog ? Math.log10(xTicks[xTicks.length - 1] ?? xMax) : (xTicks[xTicks.length - 1] ?? xMax);
  const sx = (x: number) => m.left + (((spec.xLog ? Math.log10(x) : x) - xLo) / (xHi - xLo || 1)) * plotW;
  const sy = (y: number) => m.top + plotH - (y / yMax) * plotH;
  const n = (v: number) => v.toFixed(1);

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">`,
  );
  parts.push(`<title>${escapeXml(spec.title)}</title>`);
  parts.push(`<rect width="${width}" height="${height}" fill="#fff"/>`);
  parts.push(`<text x="${width / 2}" y="22" text-anchor="middle" font-size="15" font-weight="600" fill="#111">${escapeXml(spec.title)}</text>`);
  // Grid and y axis.
  for (const t of yTicks) {
    parts.push(`<line x1="${m.left}" x2="${m.left + plotW}" y1="${n(sy(t))}" y2="${n(sy(t))}" stroke="#e5e7eb"/>`);
    parts.push(`<text x="${m.left - 8}" y="${n(sy(t) + 4)}" text-anchor="end" fill="#374151">${fmt(t)}</text>`);
  }
  for (const t of xTicks) {
    parts.push(`<line x1="${n(sx(t))}" x2="${n(sx(t))}" y1="${m.top + plotH}" y2="${m.top + plotH + 5}" stroke="#374151"/>`);
    parts.push(`<text x="${n(sx(t))}" y="${m.top + plotH + 19}" text-anchor="middle" fill="#374151">${fmt(t)}</text>`);
  }
  parts.push(`<line x1="${m.left}" x2="${m.left + plotW}" y1="${m.top + plotH}" y2="${m.top + plotH}" stroke="#374151"/>`);
  parts.push(`<line x1="${m.left}" x2="${m.left}" y1="${m.top}" y2="${m.top + plotH}" stroke="#374151"/>`);
  parts.push(`<text x="${m.left + plotW / 2}" y="${height - 14}" text-anchor="middle" fill="#111">${escapeXml(spec.xLabel)}</text>`);
  parts.push(`<text transform="translate(18 ${m.top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="#111">${escapeXml(spec.yLabel)}</text>`);
  // Goals.
  for (const g of spec.goals ?? []) {
    parts.push(`<line x1="${m.left}" x2="${m.left + plotW}" y1="${n(sy(g.y))}" y2="${n(sy(g.y))}" stroke="#16a34a" stroke-dasharray="6 4"/>`);
    parts.push(`<text x="${m.left + plotW - 4}" y="${n(sy(g.y) - 5)}" text-anchor="end" fill="#16a34a">${escapeXml(g.label)}</text>`);
  }
  // Series.
  spec.series.forEach((s, i) => {
    const pts = [...s.points].sort((a, b) => a.x - b.x);
    parts.push(
      `<polyline fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="4 3"' : ''} points="${pts.map((p) => `${n(sx(p.x))},${n(sy(p.y))}`).join(' ')}"/>`,
    );
    for (const p of pts) {
      parts.push(`<circle cx="${n(sx(p.x))}" cy="${n(sy(p.y))}" r="4" fill="${s.color}"/>`);
      if (p.label) {
        // Near the right edge the label goes left of its point; every other series labels below.
        const right = sx(p.x) > m.left + plotW * 0.7;
        const lx = right ? sx(p.x) - 7 : sx(p.x) + 7;
        const ly = i % 2 ? sy(p.y) + 17 : sy(p.y) - 8;
        parts.push(`<text x="${n(lx)}" y="${n(ly)}"${right ? ' text-anchor="end"' : ''} fill="${s.color}">${escapeXml(p.label)}</text>`);
      }
    }
    // Legend.
    const ly = m.top + 6 + i * 16;
    parts.push(
      `<line x1="${m.left + 10}" x2="${m.left + 30}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="4 3"' : ''}/>`,
    );
    parts.push(`<text x="${m.left + 36}" y="${ly + 4}" fill="#111">${escapeXml(s.name)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

export function pipelineChart(result: PipelineResult): string {
  const cold = result.points.map((p) => ({ x: p.stories, y: p.msPerStory, label: `${p.msPerStory.toFixed(1)} ms` }));
  const warm = result.points.flatMap((p) =>
    p.warmMsPerStory === undefined ? [] : [{ x: p.stories, y: p.warmMsPerStory, label: `${p.warmMsPerStory.toFixed(1)}` }],
  );
  return lineChart({
    title: 'Content pipeline: ms per story (fr + en) against N',
    xLabel: 'stories (log scale)',
    yLabel: 'ms per story',
    xLog: true,
    series: [
      { name: 'cold (one process per N, as a build)', points: cold, color: '#2563eb' },
      ...(warm.length ? [{ name: 'warm (second pass, same process)', points: warm, color: '#9333ea', dashed: true }] : []),
    ],
    goals: [{ y: 2, label: 'goal ≤ 2 ms' }],
  });
}

export function buildChart(result: BuildResult): string {
  return lineChart({
    title: 'next build: wall time against N',
    xLabel: 'stories (each in French and English)',
    yLabel: 'seconds',
    series: [
      {
        name: 'wall time (label: ms per prerendered output)',
        points: result.points.map((p) => ({ x: p.stories, y: p.wallMs / 1000, label: `${p.outputs} outputs, ${p.msPerOutput.toFixed(0)} ms each` })),
        color: '#2563eb',
      },
      ...(result.points.every((p) => p.staticGenerationMs !== undefined)
        ? [
            {
              name: 'of which static generation',
              points: result.points.map((p) => ({ x: p.stories, y: (p.staticGenerationMs ?? 0) / 1000 })),
              color: '#ea580c',
              dashed: true,
            },
          ]
        : []),
    ],
  });
}

export function archiveChart(result: ArchiveResult): string {
  const all = [result.baseline, ...result.points];
  return lineChart({
    title: 'npm run build: wall time against the archive',
    xLabel: 'stories (each in French and English)',
    yLabel: 'seconds',
    series: [
      {
        name: 'cold (no cache)',
        points: all.map((p) => ({ x: p.stories, y: p.cold.wallMs / 1000, label: `${(p.cold.wallMs / 1000).toFixed(0)} s` })),
        color: '#2563eb',
      },
      {
        name: 'after a one-story edit',
        points: all.map((p) => ({ x: p.stories, y: p.edit.wallMs / 1000, label: `${(p.edit.wallMs / 1000).toFixed(0)} s` })),
        color: '#ea580c',
        dashed: true,
      },
    ],
  });
}

export function writeCharts(dir: string, results: { pipeline?: PipelineResult; build?: BuildResult; archive?: ArchiveResult }): void {
  if (results.archive?.points.length) {
    writeFileSync(path.join(dir, 'archive.svg'), archiveChart(results.archive));
    log(`wrote ${path.join(dir, 'archive.svg')}`);
  }
  if (results.pipeline?.points.length) {
    writeFileSync(path.join(dir, 'pipeline.svg'), pipelineChart(results.pipeline));
    log(`wrote ${path.join(dir, 'pipeline.svg')}`);
  }
  if (results.build?.points.length) {
    writeFileSync(path.join(dir, 'build.svg'), buildChart(results.build));
    log(`wrote ${path.join(dir, 'build.svg')}`);
  }
}
