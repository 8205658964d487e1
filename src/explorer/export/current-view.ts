/**
 * What the network canvas currently shows, in the terms the exporters take (the type lives
 * with the store, which holds the provider the canvas controller registers: `registerView`;
 * exports read a fresh snapshot when the user asks: `currentView`).
 */
export type { ViewSnapshot } from '../store/types.ts';
