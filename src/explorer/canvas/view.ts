/** What a drawing is drawn at: the canvas size in CSS pixels, its device pixel ratio and the zoom transform (x, y, k). */
export interface Viewport { width: number; height: number; dpr: number; x: number; y: number; k: number }
