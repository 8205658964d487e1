/**
 * Where the selection goes when the actors change under it: a renamed or retyped actor
 * gets a new id (ids derive from type + label), a merged one lives on in the actor it was
 * merged into, a hidden one is gone.
 */
// Imported from the module itself, not the package index, which would bring the schema library along.
import { nodeId } from '../../graph-format/ids.ts';
import type { GraphNode, OverrideOperation } from '../../graph-format/index.ts';

/** The id that actor `id` has after `operation`, or null when the actor is gone. `node` is the operation's own actor, looked up before it applies. */
export function idAfterOperation(operation: OverrideOperation, id: string, node: Pick<GraphNode, 'label' | 'type'> | undefined): string | null {
  switch (operation.op) {
    case 'merge':
      return operation.from.includes(id) ? operation.into : id;
    case 'rename':
      return id === operation.id && node ? nodeId(node.type, operation.label) : id;
    case 'retype':
      return id === operation.id && node ? nodeId(operation.type, node.label) : id;
    case 'split':
      return id;
    case 'hide':
      return id === operation.id ? null : id;
    case 'relation':
      return id;
  }
}

/** Undoing: the actor an undone rename or retype gave a new id to has its old id again. */
export function idBeforeOperation(operation: OverrideOperation, id: string, node: Pick<GraphNode, 'label' | 'type'> | undefined): string {
  if ((operation.op === 'rename' || operation.op === 'retype') && node) {
    const after = idAfterOperation(operation, operation.id, node);
    if (after === id) return operation.id;
  }
  return id;
}
