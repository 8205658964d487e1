import 'fake-indexeddb/auto';
import { clear } from 'idb-keyval';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EvidencePanel } from '../../src/explorer/components/evidence-panel.tsx';
import { CurationBar } from '../../src/explorer/curation/index.ts';
import { explorerStore, resetExplorerStore, useExplorer } from '../../src/explorer/store/index.ts';
import { smallGraph } from './helpers.ts';

const state = () => explorerStore.getState();
const ids = () => state().model!.graph.nodes.map((node) => node.id);

/** The panel re-renders with each new model, as in the app. */
function Harness() {
  const model = useExplorer((s) => s.model);
  return model ? <><CurationBar /><EvidencePanel model={model} /></> : null;
}

const panel = () => screen.getByRole('region', { name: 'Evidence' });
const curate = () => within(panel()).getByRole('region', { name: 'Curate this actor' });
const heading = () => within(panel()).getByRole('heading', { level: 2 });
const changes = () => screen.getByTestId('change-count');

function start(selected: string) {
  resetExplorerStore();
  state().beginCuration('sample:./graph.json', smallGraph(), './graph.json');
  state().selectNode(selected);
  render(<Harness />);
}

describe('curation controls', () => {
  beforeEach(async () => {
    await explorerStore.getState().curationSaved();
    await clear();
  });

  it('renames the actor; the panel follows it to its new id; Undo and Redo take it back and forth', async () => {
    start('person:xi-jinping');
    await userEvent.click(within(curate()).getByRole('button', { name: 'Rename' }));
    const field = within(curate()).getByRole('textbox', { name: 'New name' });
    expect(field).toHaveValue('Xi Jinping');
    await userEvent.clear(field);
    await userEvent.type(field, 'Xi the President{Enter}');
    expect(heading()).toHaveTextContent('Xi the President');
    expect(state().selection).toEqual({ kind: 'node', id: 'person:xi-the-president' });
    expect(changes()).toHaveTextContent('1');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(heading()).toHaveTextContent('Xi Jinping');
    expect(changes()).toHaveTextContent('0');
    await userEvent.click(screen.getByRole('button', { name: 'Redo' }));
    expect(heading()).toHaveTextContent('Xi the President');
  });

  it('merges another actor picked by search; the excerpts of both show, each form marked', async () => {
    start('state:kazakhstan');
    const before = within(panel()).getAllByRole('listitem').filter((item) => item.classList.contains('excerpt')).length;
    await userEvent.click(within(curate()).getByRole('button', { name: 'Merge with…' }));
    expect(within(curate()).getByRole('button', { name: 'Merge' })).toBeDisabled();
    await userEvent.type(within(curate()).getByRole('combobox', { name: 'Actor to merge into this one' }), 'Bish');
    const options = within(curate()).getAllByRole('option');
    expect(options[0]).toHaveTextContent('Kyrgyzstan');
    await userEvent.click(options[0]!);
    await userEvent.click(within(curate()).getByRole('button', { name: 'Merge Kyrgyzstan into Kazakhstan' }));
    expect(heading()).toHaveTextContent('Kazakhstan');
    expect(ids()).not.toContain('state:kyrgyzstan');
    const excerpts = within(panel()).getAllByRole('listitem').filter((item) => item.classList.contains('excerpt'));
    expect(excerpts.length).toBeGreaterThan(before);
    const marks = excerpts.flatMap((item) => Array.from(item.querySelectorAll('mark'), (mark) => mark.textContent));
    expect(marks).toEqual(expect.arrayContaining(['Kazakhstan', 'Kyrgyzstan']));
  });

  it('undoes with Ctrl+Z outside text fields, redoes with Ctrl+Shift+Z', async () => {
    start('firm:huawei');
    await userEvent.click(within(curate()).getByRole('button', { name: 'Hide as noise' }));
    expect(ids()).not.toContain('firm:huawei');
    expect(heading()).toHaveTextContent('Select an actor');
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(ids()).toContain('firm:huawei');
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(ids()).not.toContain('firm:huawei');
  });

  it('changes the type and splits an alias off into an actor of its own', async () => {
    start('state:china');
    await userEvent.click(within(curate()).getByRole('button', { name: 'Split alias off' }));
    const alias = within(curate()).getByRole('combobox', { name: 'Alias' });
    expect(Array.from((alias as HTMLSelectElement).options, (option) => option.value).sort()).toEqual(['Beijing', 'China']);
    await userEvent.selectOptions(alias, 'Beijing');
    expect(within(curate()).getByRole('textbox', { name: 'New actor’s name' })).toHaveValue('Beijing');
    await userEvent.selectOptions(within(curate()).getByRole('combobox', { name: 'Its type' }), 'organisation');
    await userEvent.click(within(curate()).getByRole('button', { name: 'Split off' }));
    expect(ids()).toContain('organisation:beijing');
    expect(heading()).toHaveTextContent('China');
    expect(within(panel()).queryByText('Beijing', { selector: 'mark' })).toBeNull();

    await userEvent.click(within(curate()).getByRole('button', { name: 'Change type' }));
    await userEvent.selectOptions(within(curate()).getByRole('combobox', { name: 'New type' }), 'organisation');
    // The form's submit button, after the toggle that opened it.
    await userEvent.click(within(curate()).getAllByRole('button', { name: 'Change type' }).at(-1)!);
    expect(state().selection).toEqual({ kind: 'node', id: 'organisation:china' });
    expect(changes()).toHaveTextContent('2');
  });

  it('says why a change is refused and changes nothing', async () => {
    start('state:china');
    await userEvent.click(within(curate()).getByRole('button', { name: 'Rename' }));
    const field = within(curate()).getByRole('textbox', { name: 'New name' });
    await userEvent.clear(field);
    await userEvent.type(field, 'Kazakhstan{Enter}');
    expect(within(curate()).getByRole('alert')).toHaveTextContent('Not changed: another actor already has the id "state:kazakhstan" (merge them instead)');
    expect(changes()).toHaveTextContent('0');
  });

  it('proposes a form other than the name for a split, and refuses a split that would fold straight back', async () => {
    start('state:china');
    await userEvent.click(within(curate()).getByRole('button', { name: 'Split alias off' }));
    expect(within(curate()).getByRole('combobox', { name: 'Alias' })).toHaveValue('Beijing');
    await userEvent.selectOptions(within(curate()).getByRole('combobox', { name: 'Alias' }), 'China');
    await userEvent.click(within(curate()).getByRole('button', { name: 'Split off' }));
    expect(within(curate()).getByRole('alert')).toHaveTextContent('the new actor needs a name or type different from this one');
    expect(changes()).toHaveTextContent('0');
  });

  it('says when no other actor matches the merge search', async () => {
    start('state:china');
    await userEvent.click(within(curate()).getByRole('button', { name: 'Merge with…' }));
    await userEvent.type(within(curate()).getByRole('combobox', { name: 'Actor to merge into this one' }), 'Beij');
    expect(within(curate()).getByText('No other actor matches “Beij”.')).toBeInTheDocument();
  });

  it('offers no split for an actor always written the same way', () => {
    start('firm:huawei');
    expect(within(curate()).getByRole('button', { name: 'Split alias off' })).toBeDisabled();
  });

  it('imports an overrides file and shows errors for a bad one', async () => {
    start('state:china');
    const input = screen.getByLabelText('Overrides file to import');
    await userEvent.upload(input, new File(['{"format":"other"}'], 'bad.json', { type: 'application/json' }));
    expect(await screen.findByText('The file is not a Silkmap overrides document:')).toBeInTheDocument();
    const good = JSON.stringify({ format: 'silkmap-overrides', version: 1, operations: [{ op: 'hide', id: 'state:russia' }] });
    await act(async () => { await userEvent.upload(input, new File([good], 'overrides.json', { type: 'application/json' })); });
    await screen.findByText('1', { selector: '[data-testid="change-count"]' });
    expect(ids()).not.toContain('state:russia');
  });
});
