/*
 * Where the content pipeline's time goes: a V8 CPU profile of one run of Load (loadContent) and Model (buildSite), summed into
 * the pipeline's stages by function name. Times are inclusive (a stage counts everything it
 * calls) and may overlap: French typography runs inside rendering and inside renderArticle.
 */

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Stage {
  stage: string;
  ms: number;
  /** Share of the pipeline's time. */
  share: number;
}

const STAGES: { stage: string; match: (f: CallFrame) => boolean }[] = [
  {
    stage: 'read files (readFileSync, readdirSync, statSync)',
    match: (f) => /^(readFileSync|readdirSync|statSync|existsSync)$/.test(f.functionName) && f.url.startsWith('node:'),
  },
  { stage: 'people, organizations, events, topics (YAML + schema)', match: (f) => f.functionName === 'readYamlFile' },
  { stage: 'front matter (gray-matter + YAML with line numbers)', match: (f) => f.functionName === 'splitMarkdown' },
  { stage: '  of which: YAML with line numbers (the yaml library)', match: (f) => f.functionName === 'parseYaml' },
  { stage: 'front matter schema (zod)', match: (f) => f.functionName === 'validate' && f.url.includes('lib/content/validate') },
  { stage: 'Markdown parse (micromark, directives)', match: (f) => f.functionName === 'parseMarkdown' },
  { stage: 'quote ties', match: (f) => f.functionName === 'collectQuoteTies' },
  { stage: 'render passages (all plugins + HTML)', match: (f) => /^renderPassages(Consuming)?$/.test(f.functionName) },
  { stage: '  of which: mention links (name matching)', match: (f) => f.functionName === 'linkFirstMentions' },
  { stage: '  of which: HTML output + sanitize', match: (f) => f.functionName === 'stringify' && f.url.includes('unified') },
  { stage: 'French typography (body and fields, wherever it runs)', match: (f) => f.functionName === 'applyFrenchTypography' },
  { stage: 'model: a version rendered and typeset (renderArticle)', match: (f) => f.functionName === 'renderArticle' },
];

export function stageBreakdown(profile: CpuProfile): { totalMs: number; gcMs: number; stages: Stage[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  let total = 0;
  let gc = 0;
  const sums = new Map<string, number>();
  for (const [id, micros] of selfTime) {
    const frames: CallFrame[] = [];
    for (let c: number | undefined = id; c !== undefined; c = parent.get(c)) {
      const node = byId.get(c);
      if (node) frames.push(node.callFrame);
    }
    if (frames[0]?.functionName === '(garbage collector)') gc += micros;
    if (!frames.some((f) => f.functionName === 'loadContent' || f.functionName === 'buildSite')) continue;
    total += micros;
    for (const { stage, match } of STAGES) if (frames.some(match)) sums.set(stage, (sums.get(stage) ?? 0) + micros);
  }
  return {
    totalMs: total / 1000,
    gcMs: gc / 1000,
    stages: STAGES.map(({ stage }) => ({ stage, ms: (sums.get(stage) ?? 0) / 1000, share: total ? (sums.get(stage) ?? 0) / total : 0 })),
  };
}
