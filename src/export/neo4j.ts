import Papa from 'papaparse';
import type { ActorType, Graph } from '../graph-format/index.ts';
import { withFinalNewline } from './csv.ts';
import { visibleSubgraph } from './subset.ts';
import { RELATION_TYPE_INFO, RELATION_TYPES } from '../graph-format/relations.ts';
import { displayText } from './text.ts';

/** Column headers in the neo4j-admin database import format. */
export const NEO4J_NODE_HEADER = ['actorId:ID', 'label', 'type', 'aliases:string[]', 'mentions:int', 'documents:int', ':LABEL'];
export const NEO4J_EDGE_HEADER = [':START_ID', ':END_ID', 'weight:int', 'documents:int', ':TYPE'];
export const NEO4J_RELATIONSHIP_TYPE = 'CO_MENTIONED';
/** relations.csv: one relationship per link, relation type and direction (typed graphs only). */
export const NEO4J_RELATION_HEADER = [':START_ID', ':END_ID', 'count:int', 'negated:int', 'mutual:boolean', 'evidence:string[]', ':TYPE'];
/** The relationship type of each relation type: FUNDS, MEETS, BELONGS … (`none` is only :CO_MENTIONED). */
export const NEO4J_RELATION_TYPES = Object.fromEntries(RELATION_TYPES.filter((type) => type !== 'none').map((type) => [type, type.toUpperCase()])) as Readonly<Record<string, string>>;
/** neo4j-admin's default delimiter inside array and :LABEL fields. */
export const NEO4J_ARRAY_DELIMITER = ';';

export const NEO4J_LABELS: Readonly<Record<ActorType, string>> = {
  state: 'State',
  organisation: 'Organisation',
  firm: 'Firm',
  person: 'Person',
};

export interface Neo4jFiles {
  'nodes.csv': string;
  'edges.csv': string;
  'load.cypher': string;
  'README.txt': string;
  /** Present for a typed graph (format 2). */
  'relations.csv'?: string;
}

/**
 * The network for Neo4j, two ways: nodes.csv + edges.csv in the neo4j-admin import
 * format (fastest, for an empty database), and load.cypher, a LOAD CSV script over the
 * same files for a running server. Every node is an :Actor plus a label for its type;
 * every link a :CO_MENTIONED relationship (stored from source to target; query it
 * without direction).
 */
export function toNeo4j(graph: Graph, visibleNodeIds?: ReadonlySet<string>): Neo4jFiles {
  const { nodes, edges } = visibleSubgraph(graph, visibleNodeIds);
  const nodeRows = nodes.map((node) => [
    cell(node.id),
    cell(node.label),
    node.type,
    node.aliases.map((alias) => arrayItem(alias)).join(NEO4J_ARRAY_DELIMITER),
    node.mentionCount,
    node.documentCount,
    `Actor${NEO4J_ARRAY_DELIMITER}${NEO4J_LABELS[node.type]}`,
  ]);
  const edgeRows = edges.map((edge) => [cell(edge.source), cell(edge.target), edge.weight, edge.documentCount, NEO4J_RELATIONSHIP_TYPE]);
  const typed = edges.some((edge) => edge.relations !== undefined);
  return {
    'nodes.csv': csv(NEO4J_NODE_HEADER, nodeRows),
    'edges.csv': csv(NEO4J_EDGE_HEADER, edgeRows),
    'load.cypher': typed ? LOAD_CYPHER + LOAD_RELATIONS_CYPHER : LOAD_CYPHER,
    'README.txt': typed ? README + RELATIONS_README : README,
    ...(typed ? { 'relations.csv': csv(NEO4J_RELATION_HEADER, relationRows(edges)) } : {}),
  };
}

/** One row per link, relation type and direction: who acts is the start node; mutual relations go source → target. */
function relationRows(edges: ReturnType<typeof visibleSubgraph>['edges']): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const edge of edges) {
    const groups = new Map<string, { type: string; start: string; end: string; mutual: boolean; count: number; negated: number; evidence: string[] }>();
    for (const item of edge.evidence) {
      const relation = item.relation;
      if (!relation || relation.type === 'none') continue;
      const mutual = relation.from === undefined;
      const start = relation.from ?? edge.source;
      const end = relation.to ?? edge.target;
      const key = `${relation.type}\u0000${start}`;
      const group = groups.get(key) ?? { type: relation.type, start, end, mutual, count: 0, negated: 0, evidence: [] };
      group.count++;
      if (relation.negated) group.negated++;
      group.evidence.push(`${item.passageId}#s${item.sentence}`);
      groups.set(key, group);
    }
    const ordered = [...groups.values()].sort((a, b) => RELATION_TYPES.indexOf(a.type as never) - RELATION_TYPES.indexOf(b.type as never) || (a.start < b.start ? -1 : 1));
    for (const group of ordered) {
      rows.push([cell(group.start), cell(group.end), group.count, group.negated, String(group.mutual),
        group.evidence.map(arrayItem).join(NEO4J_ARRAY_DELIMITER), NEO4J_RELATION_TYPES[group.type]!]);
    }
  }
  return rows;
}

/** Plain RFC 4180 CSV: neo4j-admin reads doubled quotes; no formula escaping, the data must stay exact. */
function csv(header: string[], rows: (string | number)[][]): string {
  return withFinalNewline(Papa.unparse({ fields: header, data: rows }, { newline: '\n' }), '\n');
}

/** One line per field, so the import works without --multiline-fields. */
function cell(text: string): string {
  return displayText(text);
}

/** An array item may not contain the array delimiter; a comma keeps the meaning readable. */
function arrayItem(text: string): string {
  return cell(text).replaceAll(NEO4J_ARRAY_DELIMITER, ',');
}

const typeLabelClauses = Object.entries(NEO4J_LABELS)
  .map(([type, label]) => `  FOREACH (_ IN CASE WHEN row.type = '${type}' THEN [1] ELSE [] END | SET a:${label})`)
  .join('\n');

const LOAD_CYPHER = `// Silkmap network -> a running Neo4j 5 server.
// Copy nodes.csv and edges.csv into the server's import folder, then run:
//   cypher-shell -u neo4j -p <password> -f load.cypher
// (In Neo4j Browser, prefix each LOAD CSV statement with :auto.)
// Safe to run again: nodes and relationships are merged, not duplicated.

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.actorId IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
CALL {
  WITH row
  MERGE (a:Actor {actorId: row.\`actorId:ID\`})
  SET a.label = row.label,
      a.type = row.type,
      a.aliases = CASE WHEN coalesce(row.\`aliases:string[]\`, '') = '' THEN [] ELSE split(row.\`aliases:string[]\`, '${NEO4J_ARRAY_DELIMITER}') END,
      a.mentions = toInteger(row.\`mentions:int\`),
      a.documents = toInteger(row.\`documents:int\`)
${typeLabelClauses}
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
CALL {
  WITH row
  MATCH (source:Actor {actorId: row.\`:START_ID\`})
  MATCH (target:Actor {actorId: row.\`:END_ID\`})
  MERGE (source)-[r:${NEO4J_RELATIONSHIP_TYPE}]->(target)
  SET r.weight = toInteger(row.\`weight:int\`),
      r.documents = toInteger(row.\`documents:int\`)
} IN TRANSACTIONS OF 1000 ROWS;
`;

const relationTypeClauses = Object.entries(NEO4J_RELATION_TYPES)
  .map(([, name]) => `  FOREACH (_ IN CASE WHEN row.\`:TYPE\` = '${name}' THEN [1] ELSE [] END |
    MERGE (source)-[r:${name}]->(target)
    SET r.count = toInteger(row.\`count:int\`), r.negated = toInteger(row.\`negated:int\`), r.mutual = row.\`mutual:boolean\` = 'true',
        r.evidence = split(row.\`evidence:string[]\`, '${NEO4J_ARRAY_DELIMITER}'))`)
  .join('\n');

const LOAD_RELATIONS_CYPHER = `
// Typed relations: one relationship per relation type and direction (who acts -> who is acted upon).
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
CALL {
  WITH row
  MATCH (source:Actor {actorId: row.\`:START_ID\`})
  MATCH (target:Actor {actorId: row.\`:END_ID\`})
${relationTypeClauses}
} IN TRANSACTIONS OF 1000 ROWS;
`;

const RELATIONS_README = `
Typed relations (relations.csv)
  Beside :${NEO4J_RELATIONSHIP_TYPE}, each link has one relationship per relation type
  its sentences state: ${Object.values(NEO4J_RELATION_TYPES).map((name) => `:${name}`).join(', ')}.
  It points from the actor who acts to the one acted upon (for ${RELATION_TYPES.filter((type) => RELATION_TYPE_INFO[type].mutual && type !== 'none').join(', ')}
  between parties acting together, mutual = true and the arrow means nothing), with
  count (sentences), negated (sentences saying it did not happen) and evidence
  (the sentences' ids, passageId#sSENTENCE). Bulk import: add
    --relationships=relations.csv
  to the neo4j-admin command above; load.cypher loads it too. Example:
    MATCH (a:Actor)-[r:FUNDS]->(b:Actor) RETURN a.label, b.label, r.count ORDER BY r.count DESC;
`;

const README = `Silkmap network for Neo4j
=========================

Actors become nodes labelled :Actor plus :State, :Organisation, :Firm or :Person,
with properties actorId, label, type, aliases (list), mentions, documents.
Two actors named in the same sentence are joined by a :${NEO4J_RELATIONSHIP_TYPE}
relationship with weight (number of shared sentences) and documents (number of
documents they share). Relationships are stored from one actor to the other;
the link itself has no direction, so query it without an arrow:
  MATCH (a:Actor {label: 'China'})-[r:${NEO4J_RELATIONSHIP_TYPE}]-(b) RETURN b.label, r.weight ORDER BY r.weight DESC;

Path 1 - bulk import into a new, empty database (fastest; for large corpora)
  Stop the server, then (Neo4j 5):
    neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv --overwrite-destination neo4j
  Start the server again. The headers of nodes.csv and edges.csv follow the
  neo4j-admin import format (actorId:ID, aliases:string[] with ';' between items,
  :LABEL, :START_ID, :END_ID, :TYPE).
  Then create the index used by lookups:
    CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.actorId IS UNIQUE;

Path 2 - load into a running server (any database, repeatable)
  Copy nodes.csv and edges.csv into the server's import folder and run
    cypher-shell -u neo4j -p <password> -f load.cypher
  The script creates the uniqueness constraint, then MERGEs nodes and
  relationships in batches of 1000 rows.

Names are written on one line each; a ';' inside an alias is written as ','.
`;
