import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  applyOverrides, buildCoMentionEdges, nodeId, parseOverrides, parseOverridesJson, validateGraph,
  type Graph, type GraphNode, type OverrideOperation,
} from '../../src/graph-format/index.ts';
import { overridesJsonSchemaText } from '../../src/graph-format/json-schema.ts';

const TEXT = 'Xi Jinping met Tokayev in Astana. President Xi praised the SCO. Kazakhstan joined the SCO.';
//            0         1         2         3         4         5         6         7         8
const SENTENCES: [number, number][] = [[0, 33], [34, 63], [64, TEXT.length]];

function at(surface: string, from = 0): { passageId: string; start: number; end: number } {
  const start = TEXT.indexOf(surface, from);
  if (start < 0) throw new Error(`no "${surface}"`);
  return { passageId: 'd:p0', start, end: start + surface.length };
}

function node(type: GraphNode['type'], label: string, mentions: ReturnType<typeof at>[]): GraphNode {
  return { id: nodeId(type, label), label, type, aliases: [...new Set(mentions.map((m) => TEXT.slice(m.start, m.end)))].sort(), mentionCount: mentions.length, documentCount: 1, mentions };
}

function graph(): Graph {
  const passages = [{ id: 'd:p0', documentId: 'd', postIndex: 0, postTitle: 'Post', text: TEXT, sourceStart: 0, sourceEnd: TEXT.length, sentences: SENTENCES }];
  const nodes = [
    node('person', 'Xi Jinping', [at('Xi Jinping')]),
    node('person', 'President Xi', [at('President Xi')]),
    node('person', 'Tokayev', [at('Tokayev')]),
    node('state', 'Kazakhstan', [at('Astana'), at('Kazakhstan')]),
    node('organisation', 'SCO', [at('SCO'), at('SCO', 70)]),
  ];
  return { format: 'silkmap-graph', version: 2, generator: { name: 't', version: '0' }, documents: [{ id: 'd', path: 'd.txt', title: 'D', length: TEXT.length }], passages, nodes, edges: buildCoMentionEdges(passages, nodes) };
}

const apply = (...operations: OverrideOperation[]) => applyOverrides(graph(), { format: 'silkmap-overrides', version: 1, operations });

describe('buildCoMentionEdges', () => {
  it('links actors mentioned in the same sentence, weight = distinct sentences', () => {
    const edges = graph().edges;
    const ids = edges.map((edge) => edge.id);
    expect(ids).toContain('person:tokayev|person:xi-jinping');
    expect(ids).toContain('organisation:sco|person:president-xi');
    expect(ids).not.toContain('person:president-xi|person:xi-jinping');
    const kazakhstanSco = edges.find((edge) => edge.id === 'organisation:sco|state:kazakhstan')!;
    expect(kazakhstanSco.weight).toBe(1);
    expect(kazakhstanSco.evidence).toEqual([{ passageId: 'd:p0', sentence: 2, start: 64, end: TEXT.length }]);
    expect(validateGraph(graph()).ok).toBe(true);
  });
});

describe('applyOverrides', () => {
  it('merges actors: one node with the mentions of both, each surface form kept, links rebuilt', () => {
    const { graph: result, warnings } = apply({ op: 'merge', into: 'person:xi-jinping', from: ['person:president-xi'] });
    expect(warnings).toEqual([]);
    const xi = result.nodes.find((n) => n.id === 'person:xi-jinping')!;
    expect(xi.mentionCount).toBe(2);
    expect(xi.aliases).toEqual(['President Xi', 'Xi Jinping']);
    expect(xi.mentions.map((m) => TEXT.slice(m.start, m.end))).toEqual(['Xi Jinping', 'President Xi']);
    expect(result.nodes.some((n) => n.id === 'person:president-xi')).toBe(false);
    const xiSco = result.edges.find((e) => e.id === 'organisation:sco|person:xi-jinping')!;
    expect(xiSco.weight).toBe(1);
    expect(validateGraph(result).ok).toBe(true);
  });

  it('renames and retypes, deriving the new id', () => {
    const { graph: result } = apply(
      { op: 'rename', id: 'organisation:sco', label: 'Shanghai Cooperation Organisation' },
      { op: 'retype', id: 'person:tokayev', type: 'state' },
    );
    expect(result.nodes.map((n) => n.id)).toContain('organisation:shanghai-cooperation-organisation');
    expect(result.nodes.map((n) => n.id)).toContain('state:tokayev');
    expect(validateGraph(result).ok).toBe(true);
  });

  it('splits an alias off into its own actor', () => {
    const { graph: result } = apply({ op: 'split', id: 'state:kazakhstan', alias: 'Astana', type: 'organisation' });
    const astana = result.nodes.find((n) => n.id === 'organisation:astana')!;
    expect(astana.mentions).toEqual([at('Astana')]);
    expect(result.nodes.find((n) => n.id === 'state:kazakhstan')!.aliases).toEqual(['Kazakhstan']);
  });

  it('hides an actor with its links', () => {
    const { graph: result } = apply({ op: 'hide', id: 'organisation:sco' });
    expect(result.nodes.some((n) => n.id === 'organisation:sco')).toBe(false);
    expect(result.edges.some((e) => e.source === 'organisation:sco' || e.target === 'organisation:sco')).toBe(false);
  });

  it('applies operations in order: a later operation sees the id an earlier one gave', () => {
    const { graph: result, warnings } = apply(
      { op: 'rename', id: 'organisation:sco', label: 'Shanghai Cooperation Organisation' },
      { op: 'hide', id: 'organisation:shanghai-cooperation-organisation' },
    );
    expect(warnings).toEqual([]);
    expect(result.nodes).toHaveLength(4);
  });

  it('skips operations naming actors that do not exist, with a warning, and applies the rest', () => {
    const { graph: result, applied, warnings } = apply(
      { op: 'hide', id: 'person:nobody' },
      { op: 'merge', into: 'person:xi-jinping', from: ['person:gone'] },
      { op: 'hide', id: 'person:tokayev' },
    );
    expect(applied).toBe(1);
    expect(warnings).toHaveLength(2);
    expect(warnings).toEqual([
      { index: 0, op: 'hide', reason: 'no actor "person:nobody"' },
      { index: 1, op: 'merge', reason: 'none of "person:gone" exists' },
    ]);
    expect(result.nodes.some((n) => n.id === 'person:tokayev')).toBe(false);
  });

  it('leaves the graph it was given as it was (the explorer keeps it to undo against)', () => {
    const base = graph();
    const before = structuredClone(base);
    applyOverrides(base, { format: 'silkmap-overrides', version: 1, operations: [
      { op: 'merge', into: 'person:xi-jinping', from: ['person:president-xi'] },
      { op: 'rename', id: 'person:tokayev', label: 'Kassym-Jomart Tokayev' },
      { op: 'split', id: 'state:kazakhstan', alias: 'Astana' },
      { op: 'hide', id: 'organisation:sco' },
    ] });
    expect(base).toEqual(before);
  });

  it('refuses a rename onto an existing actor (a conflict) and says to merge instead', () => {
    const { warnings } = apply({ op: 'rename', id: 'person:president-xi', label: 'Xi Jinping' });
    expect(warnings[0]).toEqual({ index: 0, op: 'rename', reason: 'another actor already has the id "person:xi-jinping" (merge them instead)' });
  });

  it('is deterministic', () => {
    const ops: OverrideOperation[] = [{ op: 'merge', into: 'person:xi-jinping', from: ['person:president-xi'] }, { op: 'split', id: 'state:kazakhstan', alias: 'Astana' }];
    expect(JSON.stringify(apply(...ops).graph)).toBe(JSON.stringify(apply(...ops).graph));
  });
});

describe('parseOverrides', () => {
  it('rejects malformed documents with the path of the problem', () => {
    const result = parseOverrides({ format: 'silkmap-overrides', version: 1, operations: [{ op: 'merge', into: 'a' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/operations\.0\.from/);
    expect(parseOverridesJson('nope').ok).toBe(false);
  });

  it('data/overrides.schema.json is generated from the zod schema', () => {
    expect(readFileSync(new URL('../../data/overrides.schema.json', import.meta.url), 'utf8')).toBe(overridesJsonSchemaText());
  });
});

describe('applyOverrides purity', () => {
  it('leaves the input graph untouched (an undone merge must not leave aliases behind)', () => {
    const base = graph();
    const before = JSON.stringify(base);
    applyOverrides(base, { format: 'silkmap-overrides', version: 1, operations: [{ op: 'merge', into: 'person:xi-jinping', from: ['person:president-xi'] }, { op: 'split', id: 'state:kazakhstan', alias: 'Astana' }] });
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe('overrides files written by editors', () => {
  it('accepts a UTF-8 byte-order mark before the JSON', () => {
    expect(parseOverridesJson('\uFEFF{"format":"silkmap-overrides","version":1,"operations":[]}').ok).toBe(true);
  });
});

// Each skipped operation's reason, and the borderline cases of each kind, on the graph above (Xi Jinping, President
// Xi, Tokayev, Kazakhstan written "Astana" and "Kazakhstan", SCO twice). Reasons are the contract's words, by hand.
describe('applyOverrides, every reason and borderline case', () => {
  const reasons = (...operations: OverrideOperation[]) => apply(...operations).warnings.map((w) => `${w.index} ${w.op}: ${w.reason}`);
  const meets = { type: 'meets' as const };
  it('says why each kind of operation was skipped', () => {
    expect(reasons(
      { op: 'rename', id: 'person:nobody', label: 'X' },
      { op: 'retype', id: 'person:nobody', type: 'state' },
      { op: 'split', id: 'person:nobody', alias: 'X' },
      { op: 'merge', into: 'person:nobody', from: ['person:tokayev'] },
      { op: 'split', id: 'state:kazakhstan', alias: 'Kazakh' },
      { op: 'split', id: 'organisation:sco', alias: 'SCO' },
      { op: 'relation', passageId: 'd:p0', sentence: 0, between: ['person:nobody', 'person:tokayev'], relation: meets },
      { op: 'relation', passageId: 'd:p0', sentence: 0, between: ['person:a', 'person:b'], relation: meets },
      { op: 'relation', passageId: 'd:p0', sentence: 0, between: ['person:tokayev', 'person:tokayev'], relation: meets },
    )).toEqual([
      '0 rename: no actor "person:nobody"',
      '1 retype: no actor "person:nobody"',
      '2 split: no actor "person:nobody"',
      '3 merge: no actor "person:nobody"',
      '4 split: "state:kazakhstan" has no mention written "Kazakh"',
      '5 split: every mention of "organisation:sco" is "SCO" (rename it instead)',
      '6 relation: no actor "person:nobody"',
      '7 relation: no actor "person:a", "person:b"',
      '8 relation: a relation needs two different actors',
    ]);
  });
  it('takes a relation with both ends or neither, in either direction', () => {
    const between: [string, string] = ['person:tokayev', 'person:xi-jinping'];
    const wrong = 'relation from/to must be the two actors, both or neither';
    const relation = (r: { from?: string; to?: string }) => reasons({ op: 'relation', passageId: 'd:p0', sentence: 0, between, relation: { type: 'funds', ...r } });
    expect(relation({ from: 'person:xi-jinping', to: 'person:tokayev' })).toEqual([]);
    expect(relation({ from: 'person:tokayev', to: 'person:xi-jinping' })).toEqual([]);
    expect(relation({})).toEqual([]);
    expect(relation({ from: 'person:tokayev' })).toEqual([`0 relation: ${wrong}`]);
    expect(relation({ to: 'person:tokayev' })).toEqual([`0 relation: ${wrong}`]);
    expect(relation({ from: 'person:tokayev', to: 'person:tokayev' })).toEqual([`0 relation: ${wrong}`]);
    expect(relation({ from: 'person:tokayev', to: 'organisation:sco' })).toEqual([`0 relation: ${wrong}`]);
  });
  it('merges what exists of a list that names the target itself and a missing actor', () => {
    const { graph: result, applied, warnings } = apply({ op: 'merge', into: 'person:xi-jinping', from: ['person:xi-jinping', 'person:gone', 'person:president-xi'] });
    expect([applied, warnings]).toEqual([1, []]);
    const xi = result.nodes.find((n) => n.id === 'person:xi-jinping')!;
    expect([xi.mentionCount, xi.aliases]).toEqual([2, ['President Xi', 'Xi Jinping']]);
    expect(result.nodes.map((n) => n.id)).toEqual(['organisation:sco', 'person:tokayev', 'person:xi-jinping', 'state:kazakhstan']);
  });
  // The old label joins the aliases ("Tokayev", there already); the new one does not, no mention is written so.
  it('renames to the same id (a change of case) without calling it a conflict', () => {
    const { graph: result, applied, warnings } = apply({ op: 'rename', id: 'person:tokayev', label: 'TOKAYEV' });
    expect([applied, warnings]).toEqual([1, []]);
    expect(result.nodes.find((n) => n.id === 'person:tokayev')).toMatchObject({ label: 'TOKAYEV', aliases: ['Tokayev'] });
  });
  it('splits an alias into an actor that exists, keeping both actors whole; a new actor takes the alias as label and the type', () => {
    const { graph: result } = apply({ op: 'split', id: 'state:kazakhstan', alias: 'Astana', label: 'Tokayev', type: 'person' });
    const tokayev = result.nodes.find((n) => n.id === 'person:tokayev')!;
    expect([tokayev.label, tokayev.mentionCount, tokayev.aliases, tokayev.documentCount]).toEqual(['Tokayev', 2, ['Astana', 'Tokayev'], 1]);
    // Mentions in text order: Tokayev at 15, Astana at 26.
    expect(tokayev.mentions).toEqual([at('Tokayev'), at('Astana')]);
    expect(result.nodes.find((n) => n.id === 'state:kazakhstan')).toMatchObject({ aliases: ['Kazakhstan'], mentionCount: 1, mentions: [at('Kazakhstan')] });
    const astana = apply({ op: 'split', id: 'state:kazakhstan', alias: 'Astana' }).graph.nodes.find((n) => n.id === 'state:astana');
    expect(astana).toEqual({ id: 'state:astana', label: 'Astana', type: 'state', aliases: ['Astana'], mentionCount: 1, documentCount: 1, mentions: [at('Astana')] });
  });
  it('hides an actor named twice only once', () => {
    expect(reasons({ op: 'hide', id: 'person:tokayev' }, { op: 'hide', id: 'person:tokayev' })).toEqual(['1 hide: no actor "person:tokayev"']);
  });
});

// Written for the survivors of i18-kill4's run of 2026-12-08 (not re-measured: class test-added in the ledger).
describe('applyOverrides, labels kept as aliases, mention order, nothing to do', () => {
  it('gives the graph back as it is when there is nothing to apply', () => {
    const g = graph();
    expect(applyOverrides(g, { format: 'silkmap-overrides', version: 1, operations: [] })).toEqual({ graph: g, applied: 0, warnings: [] });
  });
  it('names every missing actor of a merge, comma-separated', () => {
    expect(apply({ op: 'merge', into: 'person:tokayev', from: ['person:a', 'person:b'] }).warnings[0]?.reason).toBe('none of "person:a", "person:b" exists');
  });
  it('keeps an old label no mention is written as on a rename, not on a retype', () => {
    const renamed = apply({ op: 'rename', id: 'organisation:sco', label: 'Shanghai Cooperation Organisation' },
      { op: 'rename', id: 'organisation:shanghai-cooperation-organisation', label: 'SCO Org' }).graph.nodes.find((n) => n.id === 'organisation:sco-org');
    expect(renamed?.aliases).toEqual(['SCO', 'Shanghai Cooperation Organisation']);
    const retyped = apply({ op: 'rename', id: 'organisation:sco', label: 'Shanghai Cooperation Organisation' },
      { op: 'retype', id: 'organisation:shanghai-cooperation-organisation', type: 'state' }).graph.nodes.find((n) => n.id === 'state:shanghai-cooperation-organisation');
    expect(retyped?.aliases).toEqual(['SCO']);
  });
  it('puts merged mentions in text order, whatever the order they were merged in', () => {
    const xi = apply({ op: 'merge', into: 'person:president-xi', from: ['person:xi-jinping'] }).graph.nodes.find((n) => n.id === 'person:president-xi');
    expect(xi?.mentions).toEqual([at('Xi Jinping'), at('President Xi')]);
  });
});
