import { useState } from 'react';
import type { PostExcerpts } from '../store/index.ts';
import { explorerStore } from '../store/index.ts';
import { HighlightedText } from './highlighted-text.tsx';

/** Excerpts shown at first (each is laid out when the panel opens), and then 4× more per "Show more". */
const PAGE_SIZE = 20;

/**
 * Excerpts grouped by post. Long lists render progressively: the first 20 excerpts, then
 * more on request, so that selecting a big actor stays instant.
 */
export function ExcerptList({ groups, emptyText }: { groups: PostExcerpts[]; emptyText: string }) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const total = groups.reduce((sum, group) => sum + group.excerpts.length, 0);
  if (total === 0) return <p className="muted">{emptyText}</p>;
  let remaining = limit;
  const shown: PostExcerpts[] = [];
  for (const group of groups) {
    if (remaining <= 0) break;
    shown.push(group.excerpts.length <= remaining ? group : { ...group, excerpts: group.excerpts.slice(0, remaining) });
    remaining -= group.excerpts.length;
  }
  return (
    <div className="excerpts">
      {shown.map((group) => (
        <article key={group.key} className="post-group">
          <header>
            <h4><bdi>{group.postTitle || 'Untitled post'}</bdi></h4>
            <p className="muted"><bdi>{group.documentTitle}</bdi>{group.postDate ? ` · ${group.postDate}` : ''}</p>
          </header>
          <ol>
            {group.excerpts.map((excerpt) => (
              <li key={`${excerpt.passage.id}:${excerpt.start}`} className="excerpt">
                <p className="passage-text"><HighlightedText text={excerpt.passage.text} start={excerpt.start} end={excerpt.end} highlights={excerpt.highlights} /></p>
                <button type="button" className="link-button" onClick={() => explorerStore.getState().openReader(excerpt.passage.id)}>Show in source</button>
              </li>
            ))}
          </ol>
        </article>
      ))}
      {total > limit && (
        <button type="button" className="more" onClick={() => setLimit(limit + PAGE_SIZE * 4)}>
          Show more ({total - limit} more excerpt{total - limit === 1 ? '' : 's'})
        </button>
      )}
    </div>
  );
}
