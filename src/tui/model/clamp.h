/*
 * Keeping a number within bounds: the one clamp every part of the
 * visualizer uses (layout sizes, speeds, scroll positions, picture sizes).
 */
#ifndef EDGEVIZ_TUI_CLAMP_H
#define EDGEVIZ_TUI_CLAMP_H

/* v, or lo if it is below, or hi if it is above (hi wins when lo > hi). */
static inline int clamp(int v, int lo, int hi)
{
	if (v < lo)
		v = lo;
	if (v > hi)
		v = hi;
	return v;
}

#endif
