import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { explorerStore } from '../store/index.ts';

/**
 * Below the desktop width there is room for the network and one panel: Evidence, Actors or
 * Filters, chosen with these tabs (layouts.css shows only the chosen one and hides the tabs on
 * a wide screen, where all panels are shown). The panels keep their own roles and names.
 */
export type PanelName = 'evidence' | 'actors' | 'filters';

/** Element ids of the panels the tabs control. */
export const PANEL_IDS: Record<PanelName, string> = { evidence: 'panel-evidence', actors: 'panel-actors', filters: 'panel-filters' };

const TABS: { name: PanelName; label: string }[] = [
  { name: 'evidence', label: 'Evidence' },
  { name: 'actors', label: 'Actors' },
  { name: 'filters', label: 'Filters' },
];

/** Which panel is chosen, and whether the panels are shown at all; a new selection brings Evidence forward. */
export function usePanels() {
  const [panel, setPanel] = useState<PanelName>('evidence');
  const [shown, setShown] = useState(true);
  useEffect(() => explorerStore.subscribe((state, previous) => {
    if (state.selection && state.selection !== previous.selection) setPanel('evidence');
  }), []);
  return { panel, setPanel, shown, setShown };
}

/** The tabs (WAI-ARIA tabs pattern: arrow keys move between them, Home and End to the ends). */
export function PanelTabs({ panel, onChoose }: { panel: PanelName; onChoose: (panel: PanelName) => void }) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const current = TABS.findIndex((tab) => tab.name === panel);
    const next = event.key === 'ArrowRight' ? (current + 1) % TABS.length
      : event.key === 'ArrowLeft' ? (current - 1 + TABS.length) % TABS.length
        : event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : -1;
    if (next < 0) return;
    event.preventDefault();
    onChoose(TABS[next]!.name);
    buttons.current[next]?.focus();
  };
  return (
    <div className="panel-tabs" role="tablist" aria-label="Panels" onKeyDown={onKeyDown}>
      {TABS.map((tab, index) => (
        <button key={tab.name} ref={(element) => { buttons.current[index] = element; }} type="button" role="tab"
          id={`tab-${tab.name}`} aria-selected={panel === tab.name} aria-controls={PANEL_IDS[tab.name]}
          tabIndex={panel === tab.name ? 0 : -1} onClick={() => onChoose(tab.name)}>
          {tab.label}
        </button>
      ))}
    </div>
  );
}

/** Hides or shows every panel, so the network can have the whole width (or, on a phone, the whole height). */
export function PanelsToggle({ shown, onToggle }: { shown: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="panels-toggle" aria-expanded={shown} aria-controls={`${PANEL_IDS.evidence} panel-sidebar`} onClick={onToggle}>
      {shown ? 'Hide panels' : 'Show panels'}
    </button>
  );
}
