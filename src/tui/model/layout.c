/*
 * Panel rectangles for a terminal size. The screen is a status line, two or
 * three bands of panels side by side (one column apart), a narration of one
 * to three lines and the key line. Widths grow with the terminal so that a
 * projector's 160x48 shows the same panels larger, and a third band.
 */
#include "config.h"

#include "tui/model/clamp.h"
#include "tui/model/layout.h"

/* Rows of the first band: a title, a column header, one row a neuron, a summary. */
#define LAYOUT_TOP_MIN 11
/* Rows below which a band is not worth showing. */
#define LAYOUT_BAND_MIN 9
/* From this size up the neuron and update panels get a band of their own. */
#define LAYOUT_LARGE_COLS 120
#define LAYOUT_LARGE_ROWS 36

/* Place one panel. */
static void place(struct layout *layout, enum layout_panel panel, int y, int x, int h, int w)
{
	layout->shown[panel] = h > 0 && w > 0;
	layout->rect[panel] = (struct layout_rect){ .y = y, .x = x, .h = h, .w = w };
}

/* Three panels side by side in one band: left and right widths given, middle the rest. */
static void place_three(struct layout *layout, int y, int h, enum layout_panel left, int left_w,
			enum layout_panel middle, enum layout_panel right, int right_w)
{
	int middle_w = layout->cols - left_w - right_w - 2;

	place(layout, left, y, 0, h, left_w);
	place(layout, middle, y, left_w + 1, h, middle_w);
	place(layout, right, y, left_w + 1 + middle_w + 1, h, right_w);
}

/* Two panels side by side: the left one left_w wide, the right one the rest. */
static void place_two(struct layout *layout, int y, int h, enum layout_panel left, int left_w,
		      enum layout_panel right)
{
	place(layout, left, y, 0, h, left_w);
	place(layout, right, y, left_w + 1, h, layout->cols - left_w - 1);
}

/* The panel that a lower view (tour, wrong samples, curve, figure) puts in a band, or -1. */
static int lower_view_panel(enum layout_inspect inspect)
{
	switch (inspect) {
	case LAYOUT_INSPECT_TOUR:
		return LAYOUT_TOUR;
	case LAYOUT_INSPECT_WRONG:
		return LAYOUT_WRONG;
	case LAYOUT_INSPECT_CURVE:
		return LAYOUT_CURVE;
	case LAYOUT_INSPECT_FIGURE:
		return LAYOUT_FIGURE;
	default:
		return -1;
	}
}

/* The lower band of a small screen given to the views open: the map, the health, or both. */
static void layout_small_views(struct layout *layout, int y, int h, int views)
{
	int health_w = clamp(layout->cols * 2 / 5, 36, 60);

	if (views == LAYOUT_VIEW_MAP)
		place(layout, LAYOUT_MAP, y, 0, h, layout->cols);
	else if (views == LAYOUT_VIEW_HEALTH)
		place(layout, LAYOUT_HEALTH, y, 0, h, layout->cols);
	else
		place_two(layout, y, h, LAYOUT_MAP, layout->cols - health_w - 1, LAYOUT_HEALTH);
}

/* The bands of a screen smaller than LAYOUT_LARGE_*: two bands. */
static void layout_small(struct layout *layout, int y, int body_h, int hidden, enum layout_inspect inspect,
			 int views)
{
	int cols = layout->cols;
	int extra = cols - LAYOUT_MIN_COLS;
	int top_h = clamp(hidden + 3, LAYOUT_TOP_MIN, body_h - LAYOUT_BAND_MIN);
	int bottom_h = body_h - top_h;
	enum layout_panel alone = inspect == LAYOUT_INSPECT_UPDATE ? LAYOUT_UPDATE : LAYOUT_NEURON;

	place_three(layout, y, top_h, LAYOUT_INPUT, 18 + extra / 5, LAYOUT_HIDDEN, LAYOUT_OUTPUT,
		    26 + extra / 4);
	if (views != 0) {
		layout_small_views(layout, y + top_h, bottom_h, views);
		return;
	}
	if (lower_view_panel(inspect) >= 0) {
		place(layout, (enum layout_panel)lower_view_panel(inspect), y + top_h, 0, bottom_h, cols);
		return;
	}
	if (inspect == LAYOUT_INSPECT_NONE) {
		place_two(layout, y + top_h, bottom_h, LAYOUT_WEIGHTS, 52 + extra / 2, LAYOUT_LOSS);
		return;
	}
	if (layout_inspect_side_by_side(cols)) {
		/* The template picture needs 62 columns; the update 36 more beside it. */
		place_two(layout, y + top_h, bottom_h, LAYOUT_NEURON, 62 + (cols - 99) / 2, LAYOUT_UPDATE);
		return;
	}
	place(layout, alone, y + top_h, 0, bottom_h, cols);
}

/* Whether a cols-wide small screen shows the neuron and the update side by side. */
bool layout_inspect_side_by_side(int cols)
{
	return cols >= 99;
}

/*
 * The lowest band of a large screen with the map open: the third panel (the
 * template picture needs 62 columns), the update (its equation lines 52) and
 * the map beside them where the map keeps 40 columns, from 156 columns up;
 * narrower, the map takes the third panel's place.
 */
static void layout_large_map(struct layout *layout, int y, int h, enum layout_panel third)
{
	int map_w = layout->cols - 62 - 58 - 2;

	if (map_w >= 38)
		place_three(layout, y, h, third, 62, LAYOUT_UPDATE, LAYOUT_MAP, map_w);
	else
		place_two(layout, y, h, LAYOUT_MAP, layout->cols - 58 - 1, LAYOUT_UPDATE);
}

/*
 * The bands of a large screen: panels, weights and loss, neuron and update
 * (the tour's page or the wrong samples in the neuron's place).
 */
static void layout_large(struct layout *layout, int y, int body_h, int hidden, enum layout_inspect inspect,
			 int views)
{
	enum layout_panel third =
		lower_view_panel(inspect) >= 0 ? (enum layout_panel)lower_view_panel(inspect) : LAYOUT_NEURON;
	int cols = layout->cols;
	int bottom_h = clamp(body_h / 3, 11, 16);
	int middle_h = clamp((body_h - bottom_h) / 2 - 2, 9, 13);
	int top_h = body_h - bottom_h - middle_h;
	int want_top = clamp(hidden + 3, 14, top_h);

	/* Room the hidden layer does not need goes to the weights. */
	middle_h += top_h - want_top;
	top_h = want_top;
	place_three(layout, y, top_h, LAYOUT_INPUT, clamp(cols / 5, 24, 34), LAYOUT_HIDDEN, LAYOUT_OUTPUT,
		    clamp(cols * 3 / 10, 30, 46));
	if (views & LAYOUT_VIEW_HEALTH)
		place_three(layout, y + top_h, middle_h, LAYOUT_WEIGHTS, cols - 36 - 44 - 2, LAYOUT_LOSS,
			    LAYOUT_HEALTH, 44);
	else
		place_two(layout, y + top_h, middle_h, LAYOUT_WEIGHTS, clamp(cols * 2 / 3, 90, 120),
			  LAYOUT_LOSS);
	if (views & LAYOUT_VIEW_MAP)
		layout_large_map(layout, y + top_h + middle_h, bottom_h, third);
	else
		place_two(layout, y + top_h + middle_h, bottom_h, third, clamp(cols * 3 / 5, 62, cols - 58),
			  LAYOUT_UPDATE);
}

/*
 * The bands of a zoomed large screen: the first two take the room of the
 * third, which only the tour or the wrong samples keep (with the update).
 */
static void layout_zoomed(struct layout *layout, int y, int body_h, int hidden, enum layout_inspect inspect)
{
	int cols = layout->cols;
	bool third = lower_view_panel(inspect) >= 0;
	int third_h = third ? clamp(body_h / 4, 9, 14) : 0;
	int top_h = clamp((body_h - third_h) / 2, hidden + 3, body_h - third_h - LAYOUT_BAND_MIN);
	int middle_h = body_h - third_h - top_h;

	place_three(layout, y, top_h, LAYOUT_INPUT, clamp(cols * 3 / 10, 30, 70), LAYOUT_HIDDEN,
		    LAYOUT_OUTPUT, clamp(cols * 3 / 10, 30, 46));
	place_two(layout, y + top_h, middle_h, LAYOUT_WEIGHTS, clamp(cols * 3 / 4, 90, cols - 30),
		  LAYOUT_LOSS);
	if (third)
		place_two(layout, y + top_h + middle_h, third_h, (enum layout_panel)lower_view_panel(inspect),
			  clamp(cols * 3 / 5, 70, 100), LAYOUT_UPDATE);
}

/* Lay out a cols x rows screen for a network of hidden neurons. */
void layout_compute(struct layout *layout, int cols, int rows, int hidden, enum layout_inspect inspect)
{
	layout_compute_zoom(layout, cols, rows, hidden, inspect, false);
}

/* Lay out a cols x rows screen, zoomed if zoom and the screen is large. */
void layout_compute_zoom(struct layout *layout, int cols, int rows, int hidden, enum layout_inspect inspect,
			 bool zoom)
{
	layout_compute_views(layout, cols, rows, hidden, inspect, zoom, 0);
}

/* Lay out a cols x rows screen with the views open in the mask views. */
void layout_compute_views(struct layout *layout, int cols, int rows, int hidden, enum layout_inspect inspect,
			  bool zoom, int views)
{
	int narration_h, body_h;

	*layout = (struct layout){ .cols = cols, .rows = rows };
	if (cols < LAYOUT_MIN_COLS || rows < LAYOUT_MIN_ROWS) {
		layout->too_small = true;
		return;
	}
	layout->large = cols >= LAYOUT_LARGE_COLS && rows >= LAYOUT_LARGE_ROWS;
	narration_h = rows >= 30 ? 3 : 2;
	body_h = rows - 1 - narration_h - 1;
	place(layout, LAYOUT_STATUS, 0, 0, 1, cols);
	layout->zoomed = layout->large && zoom && views == 0;
	if (views & LAYOUT_VIEW_COMPARE)
		place(layout, LAYOUT_COMPARE, 1, 0, body_h, cols);
	else if (layout->zoomed)
		layout_zoomed(layout, 1, body_h, hidden, inspect);
	else if (layout->large)
		layout_large(layout, 1, body_h, hidden, inspect, views);
	else
		layout_small(layout, 1, body_h, hidden, inspect, views);
	place(layout, LAYOUT_NARRATION, rows - 1 - narration_h, 0, narration_h, cols);
	place(layout, LAYOUT_KEYS, rows - 1, 0, 1, cols);
}

/* True when the two rectangles share at least one cell. */
bool layout_rects_overlap(const struct layout_rect *a, const struct layout_rect *b)
{
	if (a->h <= 0 || a->w <= 0 || b->h <= 0 || b->w <= 0)
		return false;
	return a->x < b->x + b->w && b->x < a->x + a->w && a->y < b->y + b->h && b->y < a->y + a->h;
}

/* The panel's name for messages and tests. */
const char *layout_panel_name(enum layout_panel panel)
{
	static const char *const names[LAYOUT_PANEL_COUNT] = {
		[LAYOUT_STATUS] = "status",   [LAYOUT_INPUT] = "input",
		[LAYOUT_HIDDEN] = "hidden",   [LAYOUT_OUTPUT] = "output",
		[LAYOUT_WEIGHTS] = "weights", [LAYOUT_LOSS] = "loss",
		[LAYOUT_NEURON] = "neuron",   [LAYOUT_UPDATE] = "update",
		[LAYOUT_TOUR] = "tour",	      [LAYOUT_WRONG] = "wrong",
		[LAYOUT_CURVE] = "curve",     [LAYOUT_FIGURE] = "figure",
		[LAYOUT_MAP] = "map",	      [LAYOUT_HEALTH] = "health",
		[LAYOUT_COMPARE] = "compare", [LAYOUT_NARRATION] = "narration",
		[LAYOUT_KEYS] = "keys",
	};

	if ((int)panel < 0 || panel >= LAYOUT_PANEL_COUNT)
		return "?";
	return names[panel];
}
