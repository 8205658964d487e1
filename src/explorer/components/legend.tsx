import { useState } from 'react';
import { ACTOR_TYPES } from '../store/actor-types.ts';
import { communityColour, TYPE_COLOURS, TYPE_NAMES } from '../canvas/scales.ts';
import { useExplorer } from '../store/index.ts';
import { RelationLegend } from '../relations/index.ts';

const SIZE_NAMES = { mentions: 'mentions', degree: 'degree', pagerank: 'PageRank' } as const;
/** Communities listed by name; the rest share the cycled colours. */
const LISTED_COMMUNITIES = 10;

/**
 * The screens where the legend starts folded to its "Key" button (the phone layout of layouts.css,
 * which puts it in the row of the tool buttons): open above the Timeline, it took a third of the
 * network's free height on a phone.
 */
const FOLDED_QUERY = '(max-width: 760px), (max-width: 1023px) and (orientation: portrait)';

export function Legend() {
  const [startsOpen] = useState(() => typeof matchMedia !== 'function' || !matchMedia(FOLDED_QUERY).matches);
  const weightMode = useExplorer((state) => state.filters.weightMode);
  const sizeBy = useExplorer((state) => state.sizeBy);
  const colourBy = useExplorer((state) => state.colourBy);
  const measures = useExplorer((state) => state.measures);
  const byCommunity = colourBy === 'community' && measures !== null;
  return (
    <details className="legend" aria-label="Legend" role="group" open={startsOpen}>
      <summary>Key</summary>
      {byCommunity ? (
        <ul className="communities">
          {measures.communitySizes.slice(0, LISTED_COMMUNITIES).map((size, community) => (
            <li key={community}><span className="swatch" style={{ background: communityColour(community) }} aria-hidden="true" />Community {community + 1} ({size})</li>
          ))}
          {measures.communityCount > LISTED_COMMUNITIES && <li>+{measures.communityCount - LISTED_COMMUNITIES} smaller (colours repeat)</li>}
        </ul>
      ) : (
        <ul>
          {ACTOR_TYPES.map((type) => (
            <li key={type}><span className="swatch" style={{ background: TYPE_COLOURS[type] }} aria-hidden="true" />{TYPE_NAMES[type]}</li>
          ))}
        </ul>
      )}
      <RelationLegend />
      <p>Size: {sizeBy === 'pagerank' && !measures ? 'mentions (PageRank computing…)' : SIZE_NAMES[sizeBy]} · Line: {weightMode === 'pmi' ? 'association (PMI > 0)' : 'shared sentences'}</p>
    </details>
  );
}
