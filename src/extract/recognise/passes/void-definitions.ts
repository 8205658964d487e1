/**
 * A pass that drops a name as no actor drops the acronym it defined too ("Limited English Proficiency (LEP)", "NATO’s
 * Indo-Pacific Partners (IPP)"): otherwise the acronym, used alone later, brings the dropped name back under the type
 * the run passes gave it. Its definitions are marked `none` (as thing-shapes.ts does for purpose funds) and its uses in
 * this passage dropped; resolve ignores `none` definitions elsewhere in the document. A retyped name retypes its
 * definitions.
 */
import type { ActorType } from '../../../graph-format/index.ts';
import type { Scan } from '../scan.ts';

export function voidDefinitions(scan: Scan, droppedLabels: ReadonlySet<string>): void {
  if (droppedLabels.size === 0) return;
  const voided = new Set<string>();
  for (const definition of scan.acronyms) {
    if (!droppedLabels.has(definition.label) || definition.type === 'none') continue;
    definition.type = 'none';
    voided.add(definition.acronym);
  }
  scan.mentions = scan.mentions.filter((mention) => !(mention.kind === 'acronym' && voided.has(mention.label)));
}

/** Drops every mention `reasonOf` names a reason for, and voids the acronyms those names defined. */
export function dropMentionsWithDefinitions<Reason extends string>(scan: Scan, reasonOf: (mention: Scan['mentions'][number]) => Reason | undefined): void {
  const dropped = scan.mentions.filter((mention) => reasonOf(mention) !== undefined);
  if (dropped.length === 0) return;
  scan.mentions = scan.mentions.filter((mention) => !dropped.includes(mention));
  voidDefinitions(scan, new Set(dropped.map((mention) => mention.label)));
}

/** A pass that retypes a name ("OutServe" a body, not a firm) retypes the acronym it defined the same way. */
export function retypeDefinitions(scan: Scan, retyped: ReadonlyMap<string, ActorType>): void {
  for (const definition of scan.acronyms) {
    const type = retyped.get(definition.label);
    if (type !== undefined && definition.type !== 'none') definition.type = type;
  }
}
