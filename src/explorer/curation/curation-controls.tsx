import { useState, type FormEvent, type ReactNode } from 'react';
import type { ActorType, OverrideOperation } from '../../graph-format/index.ts';
// From the module itself, not the package index, which would bring the schema library along.
import { nodeId as actorId } from '../../graph-format/ids.ts';
import { TYPE_NAMES } from '../canvas/scales.ts';
import { ACTOR_TYPES } from '../store/actor-types.ts';
import { explorerStore } from '../store/index.ts';
import type { GraphModel } from '../store/types.ts';
import { ActorPicker } from './actor-picker.tsx';
import { surfaceCounts } from './surfaces.ts';
import './curation.css';

type Mode = 'rename' | 'retype' | 'merge' | 'split';

function TypeSelect({ label, value, onChange }: { label: string; value: ActorType; onChange: (type: ActorType) => void }) {
  return (
    <label className="curation-field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as ActorType)}>
        {ACTOR_TYPES.map((type) => <option key={type} value={type}>{TYPE_NAMES[type]}</option>)}
      </select>
    </label>
  );
}

function Form({ onSubmit, submit, disabled, onCancel, children }: { onSubmit: () => void; submit: string; disabled?: boolean; onCancel: () => void; children: ReactNode }) {
  const handle = (event: FormEvent) => { event.preventDefault(); if (!disabled) onSubmit(); };
  return (
    <form className="curation-form" onSubmit={handle}>
      {children}
      <div className="curation-form-actions">
        <button type="submit" className="tool-button primary" disabled={disabled}>{submit}</button>
        <button type="button" className="tool-button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

/**
 * Corrections to the selected actor: rename, change type, merge another actor into it, split
 * one of its written forms off, hide it as noise. Each appends an operation to the overrides
 * document; the network and the evidence follow at once, and Undo takes it back.
 */
export function CurationControls({ model, nodeId }: { model: GraphModel; nodeId: string }) {
  const node = model.graph.nodes[model.nodeIndex.get(nodeId)!]!;
  const [mode, setMode] = useState<Mode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [label, setLabel] = useState(node.label);
  const [type, setType] = useState<ActorType>(node.type);
  const [mergeWith, setMergeWith] = useState<string | null>(null);
  const surfaces = surfaceCounts(model, nodeId);
  const splittable = surfaces.length >= 2 ? surfaces : [];
  // The most frequent form other than the name itself is the likeliest to be split off.
  const firstAlias = (splittable.find(({ surface }) => surface !== node.label) ?? splittable[0])?.surface ?? '';
  const [alias, setAlias] = useState(firstAlias);

  const open = (next: Mode) => {
    setError(null);
    setMode(mode === next ? null : next);
    setLabel(next === 'split' ? firstAlias : node.label);
    setAlias(firstAlias);
    setType(node.type);
    setMergeWith(null);
  };
  const run = (operation: OverrideOperation) => {
    const problem = explorerStore.getState().curate(operation);
    if (problem) setError(problem);
    else { setError(null); setMode(null); }
  };
  const other = mergeWith === null ? undefined : model.graph.nodes[model.nodeIndex.get(mergeWith) ?? -1];
  const trimmed = label.trim();

  return (
    <section className="curation" aria-label="Curate this actor">
      <div className="curation-actions">
        <button type="button" className="tool-button" aria-expanded={mode === 'rename'} onClick={() => open('rename')}>Rename</button>
        <button type="button" className="tool-button" aria-expanded={mode === 'retype'} onClick={() => open('retype')}>Change type</button>
        <button type="button" className="tool-button" aria-expanded={mode === 'merge'} onClick={() => open('merge')}>Merge with…</button>
        <button type="button" className="tool-button" aria-expanded={mode === 'split'} onClick={() => open('split')} disabled={splittable.length === 0}
          title={splittable.length === 0 ? 'This actor is always written the same way' : 'Move the mentions written one way into an actor of their own'}>
          Split alias off
        </button>
        <button type="button" className="tool-button" onClick={() => run({ op: 'hide', id: nodeId })}>Hide as noise</button>
      </div>

      {mode === 'rename' && (
        <Form submit="Rename" disabled={trimmed === '' || trimmed === node.label || trimmed.length > 200} onCancel={() => setMode(null)}
          onSubmit={() => run({ op: 'rename', id: nodeId, label: trimmed })}>
          <label className="curation-field">
            <span>New name</span>
            <input type="text" value={label} maxLength={200} autoFocus onChange={(event) => setLabel(event.target.value)} />
          </label>
        </Form>
      )}

      {mode === 'retype' && (
        <Form submit="Change type" disabled={type === node.type} onCancel={() => setMode(null)} onSubmit={() => run({ op: 'retype', id: nodeId, type })}>
          <TypeSelect label="New type" value={type} onChange={setType} />
        </Form>
      )}

      {mode === 'merge' && (
        <Form submit={other ? `Merge ${other.label} into ${node.label}` : 'Merge'} disabled={!other} onCancel={() => setMode(null)}
          onSubmit={() => other && run({ op: 'merge', into: nodeId, from: [other.id] })}>
          {other
            ? <p className="curation-choice">Merge <bdi><strong>{other.label}</strong></bdi> ({other.mentionCount} mentions) into <bdi><strong>{node.label}</strong></bdi>? <button type="button" className="link-button" onClick={() => setMergeWith(null)}>Pick another</button></p>
            : <ActorPicker model={model} exclude={nodeId} label="Actor to merge into this one" onPick={setMergeWith} />}
        </Form>
      )}

      {mode === 'split' && (
        <Form submit="Split off" disabled={alias === '' || trimmed === ''} onCancel={() => setMode(null)}
          onSubmit={() => {
            // Same name and type would give the same id: the mentions would fold straight back.
            if (actorId(type, trimmed) === nodeId) setError('the new actor needs a name or type different from this one');
            else run({ op: 'split', id: nodeId, alias, label: trimmed, type });
          }}>
          <label className="curation-field">
            <span>Alias</span>
            <select value={alias} onChange={(event) => { setAlias(event.target.value); setLabel(event.target.value); }}>
              {splittable.map(({ surface, count }) => <option key={surface} value={surface}>{surface} ({count})</option>)}
            </select>
          </label>
          <label className="curation-field">
            <span>New actor’s name</span>
            <input type="text" value={label} maxLength={200} onChange={(event) => setLabel(event.target.value)} />
          </label>
          <TypeSelect label="Its type" value={type} onChange={setType} />
        </Form>
      )}

      {error && <p className="curation-error" role="alert">Not changed: {error}</p>}
    </section>
  );
}
