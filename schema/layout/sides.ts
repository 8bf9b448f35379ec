// Which sides of two boxes an arrow joins when the card does not say: below or
// above first (the flow runs down), else beside. The studio and the viewer both
// use this, so an arrow leaves the same side wherever the card is drawn.
import type { Side } from '../types';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function pickSides(a: Box, b: Box): [Side, Side] {
  if (b.y >= a.y + a.h) return ['bottom', 'top'];
  if (b.y + b.h <= a.y) return ['top', 'bottom'];
  return b.x + b.w / 2 >= a.x + a.w / 2 ? ['right', 'left'] : ['left', 'right'];
}
