/**
 * Actors the network opens on when the filters leave more. A module of its own so that the
 * loader worker can ask "is this graph big?" without bundling the overview's selection code.
 */
export const OVERVIEW_ACTORS = 300;
