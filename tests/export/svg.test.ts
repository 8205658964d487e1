// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderSvg, TYPE_COLOURS } from '../../src/export/index.ts';
import { HOSTILE_LABELS, hostileGraph, starGraph } from '../fixtures/export/build-graph.ts';
import { parseXmlStrictly } from './xml-helpers.ts';

describe('renderSvg', () => {
  const graph = starGraph('Hub', ['A', 'B', 'C']);
  const positions = new Map([['state:hub', { x: 0, y: 0 }], ['state:a', { x: 10, y: 0 }], ['state:b', { x: 0, y: 10 }], ['state:c', { x: -10, y: 0 }]]);

  it('draws the visible actors and the links between them, with colours, radii and the view transform', () => {
    const svg = renderSvg({
      graph, positions, width: 200, height: 100, scale: 2,
      visibleNodeIds: new Set(['state:hub', 'state:a', 'state:b']),
      colours: new Map([['state:hub', '#123456']]),
      radii: new Map([['state:hub', 9]]),
      transform: { x: 100, y: 50, k: 2 },
      background: '#ffffff',
    });
    const root = parseXmlStrictly(svg).documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual(['400', '200', '0 0 200 100']);
    const circles = [...root.getElementsByTagName('circle')];
    expect(circles.map((circle) => [circle.getAttribute('cx'), circle.getAttribute('cy')])).toEqual([['100', '50'], ['120', '50'], ['100', '70']]);
    expect(circles[0]!.getAttribute('fill')).toBe('#123456');
    expect(circles[0]!.getAttribute('r')).toBe('9');
    expect(circles[1]!.getAttribute('fill')).toBe(TYPE_COLOURS.state);
    expect(root.getElementsByTagName('line')).toHaveLength(2);
    expect([...root.getElementsByTagName('text')].map((text) => text.textContent)).toEqual(['Hub', 'A', 'B']);
  });

  it('draws a selection as the explorer does: the rest faded underneath, the selection, its neighbours and links on top, ringed', () => {
    const hubToA = graph.edges.find((edge) => [edge.source, edge.target].sort().join() === 'state:a,state:hub')!;
    const root = parseXmlStrictly(renderSvg({
      graph, positions, width: 100, height: 100,
      focus: { nodeIds: new Set(['state:a', 'state:hub']), edgeIds: new Set([hubToA.id]), selectedNodeIds: new Set(['state:a']) },
    })).documentElement;
    const group = (name: string) => [...root.getElementsByTagName('g')].find((g) => g.getAttribute('class') === name)!;
    const labels = (g: Element) => [...g.getElementsByTagName('text')].map((text) => text.textContent).sort();
    expect(group('context').getAttribute('opacity')).toBe('0.3');
    expect(labels(group('context'))).toEqual(['B', 'C']);
    expect(group('context').getElementsByTagName('line')).toHaveLength(2);
    expect(labels(group('focus'))).toEqual(['A', 'Hub']);
    expect(group('focus').getElementsByTagName('line')).toHaveLength(1);
    const ring = group('selected').getElementsByTagName('circle');
    expect(ring).toHaveLength(1);
    expect([ring[0]!.getAttribute('cx'), ring[0]!.getAttribute('cy')]).toEqual(['10', '0']);
    // Every actor is drawn exactly once, faded or not.
    expect(root.getElementsByTagName('title')).toHaveLength(1 + 4);
  });

  it('writes labels where the view placed them, and right of the actor otherwise', () => {
    const root = parseXmlStrictly(renderSvg({
      graph, positions, width: 100, height: 100, radii: new Map([['state:a', 4]]),
      labelPositions: new Map([['state:hub', { x: 40, y: 20 }]]),
    })).documentElement;
    const at = (label: string) => {
      const text = [...root.getElementsByTagName('text')].find((element) => element.textContent === label)!;
      return [Number(text.getAttribute('x')), Number(text.getAttribute('y'))];
    };
    expect(at('Hub')[0]).toBe(40);
    expect(at('Hub')[1]).toBeCloseTo(20 + 11 / 3, 1);
    expect(at('A')[0]).toBe(10 + 4 + 3);
  });

  it('skips actors without a position and labels only the chosen ones', () => {
    const root = parseXmlStrictly(renderSvg({ graph, positions: new Map([['state:hub', { x: 1, y: 1 }], ['state:a', { x: 2, y: 2 }]]), width: 50, height: 50, labelledNodeIds: new Set(['state:a']) })).documentElement;
    expect(root.getElementsByTagName('circle')).toHaveLength(2);
    expect([...root.getElementsByTagName('text')].map((text) => text.textContent)).toEqual(['A']);
  });

  it('stays valid XML with hostile labels and strips control and bidi characters from them', () => {
    const hostile = hostileGraph();
    const svg = renderSvg({
      graph: hostile,
      positions: new Map(hostile.nodes.map((node, index) => [node.id, { x: index * 10, y: index * 5 }])),
      colours: new Map([[hostile.nodes[0]!.id, '"/><script>alert(1)</script>']]),
      width: 300, height: 200,
    });
    const root = parseXmlStrictly(svg).documentElement;
    expect(root.getElementsByTagName('script')).toHaveLength(0);
    const labels = [...root.getElementsByTagName('text')].map((text) => text.textContent);
    expect(labels).toEqual([
      '<script>alert("x")</script>', 'Tom & Jerry\'s "Firm"', 'BellNullUnit', 'Evil' + 'override', '=HYPERLINK("http://x")', 'Semi;colon,comma newline',
    ]);
    expect(labels).toHaveLength(HOSTILE_LABELS.length);
    expect(svg).not.toMatch(/[\u0000-\u0008\u202E]/);
  });
});
