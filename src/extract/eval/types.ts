/**
 * Types of the extractor evaluation: a hand-annotated gold set and the report that
 * compares a graph's nodes with it. Plain data, so `npm run eval -- --json` can print it.
 */
import type { ActorType, GraphNode } from '../../graph-format/index.ts';

export interface GoldActor {
  /** Canonical name chosen by the annotator. */
  label: string;
  type: ActorType;
  /** Every surface form in the annotated body text that refers to this actor. */
  aliases: string[];
}

/** Something an extractor might take for an actor but the annotator decided is not one. */
export interface GoldNonActor {
  text: string;
  reason: string;
}

/**
 * A file a gold set was annotated on, when the texts live outside the repository (the real
 * corpus): only the stretch [start, end) of the decoded text is scored.
 */
export interface GoldFile {
  /** File name inside the corpus folder. */
  file: string;
  /** Offsets in UTF-16 code units into the file decoded as UTF-8; the whole file when absent. */
  start?: number;
  end?: number;
  /** Hex SHA-256 of the covered stretch's UTF-8 bytes, to notice a changed corpus. */
  sha256?: string;
}

export interface GoldSet {
  actors: GoldActor[];
  notActors: GoldNonActor[];
  /** Present when the gold set names the corpus files (and stretches) it covers. */
  files?: GoldFile[];
}

/** The parts of a graph node the scorer looks at. */
export type ScoredNode = Pick<GraphNode, 'label' | 'type' | 'aliases' | 'mentionCount'>;

/** A ratio with its numerator and denominator; `value` is null when the denominator is 0. */
export interface Ratio {
  numerator: number;
  denominator: number;
  value: number | null;
}

export interface Bar {
  /** How the figure compares with the bar, e.g. ">= 0.92". */
  rule: string;
  met: boolean;
}

export interface NodeSummary {
  label: string;
  type: ActorType;
  aliases: string[];
  mentionCount: number;
}

export interface SplitActor {
  gold: string;
  nodes: NodeSummary[];
}

export interface MergedNode {
  node: NodeSummary;
  gold: string[];
}

export interface WrongType {
  gold: string;
  goldType: ActorType;
  node: string;
  nodeType: ActorType;
}

export interface TypeRecall {
  type: ActorType;
  goldActors: number;
  matched: number;
}

export interface EvalReport {
  counts: { nodes: number; goldActors: number };
  /** Recall per gold type, to show which kind of actor is being missed. */
  recallByType: TypeRecall[];
  /** Nodes that match some gold actor / all nodes. */
  precision: Ratio & { bar: Bar };
  /** Gold actors matched by at least one node / all gold actors. */
  recall: Ratio & { bar: Bar };
  /** Gold actors matched by two or more nodes / all gold actors. */
  split: Ratio & { bar: Bar };
  /** Matched gold actors whose main node (most mentions) has the gold type / matched gold actors. */
  typeAccuracy: Ratio & { bar: Bar };
  /** Nodes matching two or more gold actors. */
  merged: MergedNode[];
  missed: Array<{ label: string; type: ActorType; aliases: string[] }>;
  spurious: NodeSummary[];
  /** Spurious nodes the annotator explicitly listed as non-actors (a subset of `spurious`, by label). */
  rejectedNonActors: string[];
  splits: SplitActor[];
  wrongTypes: WrongType[];
  /** True when precision, recall, split and type accuracy all meet their bars. */
  allBarsMet: boolean;
}
