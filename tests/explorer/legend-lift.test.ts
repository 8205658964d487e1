/**
 * The legend sits just above the Timeline (both lie over the network's bottom edge; the Timeline
 * came later and hid the legend whole): liftLegend sets the stage's --legend-bottom to the
 * Timeline's height plus an 8 px gap, or the gap alone without a Timeline.
 */
import { describe, expect, it } from 'vitest';
import { liftLegend } from '../../src/explorer/canvas/covered-edges.ts';

function stage(timelineHeight: number | null): HTMLElement {
  const element = document.createElement('main');
  element.className = 'stage';
  element.innerHTML = `<div class="network"><details class="legend"></details></div>${timelineHeight === null ? '' : '<section class="timeline"></section>'}`;
  const timeline = element.querySelector('.timeline');
  if (timeline) timeline.getBoundingClientRect = () => ({ height: timelineHeight, top: 0, bottom: timelineHeight, left: 0, right: 400, width: 400, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect;
  return element;
}

describe('liftLegend', () => {
  it('puts the legend 8 px above a 120 px Timeline', () => {
    const element = stage(120);
    liftLegend(element);
    expect(element.style.getPropertyValue('--legend-bottom')).toBe('128px');
  });

  it('keeps it 8 px above the canvas edge without a Timeline', () => {
    const element = stage(null);
    liftLegend(element);
    expect(element.style.getPropertyValue('--legend-bottom')).toBe('8px');
  });
});
