/*
 * The layout at the sizes people use (80x24 console, 100x30, 120x40 and
 * 160x48 projectors, and a few odd ones): every panel inside the screen,
 * none overlapping another, the ones that must be there present and large
 * enough for what they draw; below 80x24 only "too small".
 */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "check_tui.h"
#include "tui/model/layout.h"

static const int sizes[][2] = {
	{ 80, 24 }, { 100, 30 }, { 120, 40 }, { 160, 48 }, { 81, 25 },
	{ 80, 60 }, { 250, 24 }, { 119, 50 }, { 300, 90 }, { 120, 36 },
};
#define SIZES ((int)(sizeof sizes / sizeof sizes[0]))

static const int hiddens[] = { 1, 8, 16, 64 };
#define HIDDENS ((int)(sizeof hiddens / sizeof hiddens[0]))

/* Check every rule at one size, zoomed (z) or not, with the views m and n in views. */
static void check_layout_views(int cols, int rows, int hidden, enum layout_inspect inspect, bool zoom,
			       int views)
{
	struct layout l;
	int i, k;

	layout_compute_views(&l, cols, rows, hidden, inspect, zoom, views);
	ck_assert_msg(!l.too_small, "%dx%d reported too small", cols, rows);
	for (i = 0; i < LAYOUT_PANEL_COUNT; i++) {
		const struct layout_rect *r = &l.rect[i];

		if (!l.shown[i])
			continue;
		ck_assert_msg(r->y >= 0 && r->x >= 0 && r->y + r->h <= rows && r->x + r->w <= cols,
			      "%dx%d H%d: %s (%d,%d %dx%d) leaves the screen", cols, rows, hidden,
			      layout_panel_name(i), r->y, r->x, r->w, r->h);
		ck_assert_msg(r->h > 0 && r->w > 0, "%s empty", layout_panel_name(i));
		for (k = i + 1; k < LAYOUT_PANEL_COUNT; k++)
			if (l.shown[k])
				ck_assert_msg(!layout_rects_overlap(r, &l.rect[k]),
					      "%dx%d H%d: %s overlaps %s", cols, rows, hidden,
					      layout_panel_name(i), layout_panel_name(k));
	}
}

/* Check every rule at one size, zoomed (z) or not. */
static void check_layout_zoom(int cols, int rows, int hidden, enum layout_inspect inspect, bool zoom)
{
	for (int views = 0; views <= (LAYOUT_VIEW_MAP | LAYOUT_VIEW_HEALTH | LAYOUT_VIEW_COMPARE); views++)
		check_layout_views(cols, rows, hidden, inspect, zoom, views);
}

/* Check every rule at one size. */
static void check_layout(int cols, int rows, int hidden, enum layout_inspect inspect)
{
	check_layout_zoom(cols, rows, hidden, inspect, false);
	check_layout_zoom(cols, rows, hidden, inspect, true);
}

START_TEST(test_layout_sizes)
{
	int s, h;

	for (s = 0; s < SIZES; s++)
		for (h = 0; h < HIDDENS; h++) {
			check_layout(sizes[s][0], sizes[s][1], hiddens[h], LAYOUT_INSPECT_NONE);
			check_layout(sizes[s][0], sizes[s][1], hiddens[h], LAYOUT_INSPECT_NEURON);
			check_layout(sizes[s][0], sizes[s][1], hiddens[h], LAYOUT_INSPECT_UPDATE);
			check_layout(sizes[s][0], sizes[s][1], hiddens[h], LAYOUT_INSPECT_TOUR);
			check_layout(sizes[s][0], sizes[s][1], hiddens[h], LAYOUT_INSPECT_WRONG);
			check_layout(sizes[s][0], sizes[s][1], hiddens[h], LAYOUT_INSPECT_CURVE);
			check_layout(sizes[s][0], sizes[s][1], hiddens[h], LAYOUT_INSPECT_FIGURE);
		}
}
END_TEST

START_TEST(test_layout_80x24_shows_main_panels)
{
	struct layout l;
	static const enum layout_panel needed[] = {
		LAYOUT_STATUS,	LAYOUT_INPUT, LAYOUT_HIDDEN,	LAYOUT_OUTPUT,
		LAYOUT_WEIGHTS, LAYOUT_LOSS,  LAYOUT_NARRATION, LAYOUT_KEYS,
	};
	size_t i;

	layout_compute(&l, 80, 24, 8, LAYOUT_INSPECT_NONE);
	for (i = 0; i < sizeof needed / sizeof needed[0]; i++)
		ck_assert_msg(l.shown[needed[i]], "%s missing at 80x24", layout_panel_name(needed[i]));
	/* The hidden panel has a row for each of the 8 neurons, a header and a summary. */
	ck_assert_int_ge(l.rect[LAYOUT_HIDDEN].h, 1 + 1 + 8 + 1);
	/* The status line on top, the keys at the bottom. */
	ck_assert_int_eq(l.rect[LAYOUT_STATUS].y, 0);
	ck_assert_int_eq(l.rect[LAYOUT_KEYS].y, 23);
	ck_assert_int_eq(l.rect[LAYOUT_STATUS].w, 80);
	ck_assert(!l.large);
	ck_assert(!l.shown[LAYOUT_NEURON]);
}
END_TEST

START_TEST(test_layout_inspect_small)
{
	struct layout l;

	layout_compute(&l, 80, 24, 8, LAYOUT_INSPECT_NEURON);
	ck_assert(l.shown[LAYOUT_NEURON]);
	ck_assert(!l.shown[LAYOUT_WEIGHTS]);
	ck_assert(!l.shown[LAYOUT_LOSS]);
	/* The template picture needs two 5x5 grids of "+0.12 " and a line of sum. */
	ck_assert_int_ge(l.rect[LAYOUT_NEURON].w, 62);
	ck_assert_int_ge(l.rect[LAYOUT_NEURON].h, 9);
	/* 80 columns show the update on its own, in the same place */
	ck_assert(!layout_inspect_side_by_side(80));
	ck_assert(!l.shown[LAYOUT_UPDATE]);
	layout_compute(&l, 80, 24, 8, LAYOUT_INSPECT_UPDATE);
	ck_assert(l.shown[LAYOUT_UPDATE]);
	ck_assert(!l.shown[LAYOUT_NEURON]);
	ck_assert_int_ge(l.rect[LAYOUT_UPDATE].w, 37);
	/* 100 columns have room for both */
	ck_assert(layout_inspect_side_by_side(100));
	layout_compute(&l, 100, 30, 8, LAYOUT_INSPECT_NEURON);
	ck_assert(l.shown[LAYOUT_NEURON] && l.shown[LAYOUT_UPDATE]);
	ck_assert_int_ge(l.rect[LAYOUT_NEURON].w, 62);
	ck_assert_int_ge(l.rect[LAYOUT_UPDATE].w, 37);
}
END_TEST

START_TEST(test_layout_large_shows_more)
{
	struct layout small, large;
	int i;

	layout_compute(&small, 80, 24, 8, LAYOUT_INSPECT_NONE);
	layout_compute(&large, 160, 48, 8, LAYOUT_INSPECT_NONE);
	ck_assert(large.large);
	ck_assert(large.shown[LAYOUT_NEURON]);
	ck_assert(large.shown[LAYOUT_UPDATE]);
	for (i = LAYOUT_INPUT; i <= LAYOUT_LOSS; i++) {
		ck_assert_int_ge(large.rect[i].w, small.rect[i].w);
		ck_assert_int_ge(large.rect[i].h, small.rect[i].h);
	}
	/* Room for 8 heatmaps of 2-column cells: 8 x (10 + 1). */
	ck_assert_int_ge(large.rect[LAYOUT_WEIGHTS].w, 88);
	layout_compute(&large, 120, 40, 8, LAYOUT_INSPECT_NONE);
	ck_assert(large.shown[LAYOUT_NEURON]);
}
END_TEST

/* l and f: the lower band's whole width at 80x24, the neuron's band beside the update at 160x48. */
START_TEST(test_layout_curve_and_figure)
{
	static const enum layout_inspect views[] = { LAYOUT_INSPECT_CURVE, LAYOUT_INSPECT_FIGURE };
	static const enum layout_panel panels[] = { LAYOUT_CURVE, LAYOUT_FIGURE };
	struct layout l;
	int v;

	for (v = 0; v < 2; v++) {
		layout_compute(&l, 80, 24, 8, views[v]);
		ck_assert(l.shown[panels[v]]);
		ck_assert(!l.shown[LAYOUT_WEIGHTS] && !l.shown[LAYOUT_LOSS]);
		ck_assert_int_eq(l.rect[panels[v]].w, 80);
		ck_assert_int_ge(l.rect[panels[v]].h, 9);
		layout_compute(&l, 160, 48, 8, views[v]);
		ck_assert(l.shown[panels[v]] && l.shown[LAYOUT_WEIGHTS] && l.shown[LAYOUT_UPDATE]);
		ck_assert(!l.shown[LAYOUT_NEURON]);
		ck_assert_int_ge(l.rect[panels[v]].w, 90);
		ck_assert_int_ge(l.rect[panels[v]].h, 13);
		layout_compute_zoom(&l, 160, 48, 8, views[v], true);
		ck_assert(l.shown[panels[v]]);
	}
}
END_TEST

START_TEST(test_layout_too_small)
{
	static const int small[][2] = { { 79, 24 }, { 80, 23 }, { 20, 10 }, { 0, 0 }, { 1, 1 } };
	struct layout l;
	size_t i;
	int k;

	for (i = 0; i < sizeof small / sizeof small[0]; i++) {
		layout_compute(&l, small[i][0], small[i][1], 8, LAYOUT_INSPECT_NEURON);
		ck_assert(l.too_small);
		for (k = 0; k < LAYOUT_PANEL_COUNT; k++)
			ck_assert(!l.shown[k]);
	}
}
END_TEST

START_TEST(test_layout_overlap_helper)
{
	struct layout_rect a = { 0, 0, 5, 5 }, b = { 0, 5, 5, 5 }, c = { 4, 4, 2, 2 }, e = { 1, 1, 0, 9 };

	ck_assert(!layout_rects_overlap(&a, &b));
	ck_assert(layout_rects_overlap(&a, &c));
	ck_assert(layout_rects_overlap(&b, &c));
	ck_assert(!layout_rects_overlap(&a, &e));
	ck_assert_str_eq(layout_panel_name(LAYOUT_HIDDEN), "hidden");
}
END_TEST

START_TEST(test_layout_zoom)
{
	struct layout plain, zoomed;
	int s;

	/* A large screen zoomed: larger patch and heatmaps, no neuron band. */
	layout_compute_zoom(&plain, 160, 48, 8, LAYOUT_INSPECT_NONE, false);
	layout_compute_zoom(&zoomed, 160, 48, 8, LAYOUT_INSPECT_NONE, true);
	ck_assert(zoomed.zoomed && !plain.zoomed);
	ck_assert_int_gt(zoomed.rect[LAYOUT_INPUT].h, plain.rect[LAYOUT_INPUT].h);
	ck_assert_int_gt(zoomed.rect[LAYOUT_INPUT].w, plain.rect[LAYOUT_INPUT].w);
	ck_assert_int_gt(zoomed.rect[LAYOUT_WEIGHTS].h, plain.rect[LAYOUT_WEIGHTS].h);
	/* five rows of two-row cells, a title, names and the legend */
	ck_assert_int_ge(zoomed.rect[LAYOUT_WEIGHTS].h, 5 * 2 + 3);
	ck_assert(!zoomed.shown[LAYOUT_NEURON] && !zoomed.shown[LAYOUT_UPDATE]);
	/* The tour and the wrong samples keep a band of their own, with the update. */
	layout_compute_zoom(&zoomed, 160, 48, 8, LAYOUT_INSPECT_TOUR, true);
	ck_assert(zoomed.shown[LAYOUT_TOUR] && zoomed.shown[LAYOUT_UPDATE]);
	ck_assert(zoomed.shown[LAYOUT_WEIGHTS] && zoomed.shown[LAYOUT_LOSS]);
	layout_compute_zoom(&zoomed, 160, 48, 8, LAYOUT_INSPECT_WRONG, true);
	ck_assert(zoomed.shown[LAYOUT_WRONG] && !zoomed.shown[LAYOUT_TOUR]);
	/* A small screen does not zoom: the same layout as without. */
	for (s = 0; s < SIZES; s++) {
		layout_compute_zoom(&plain, sizes[s][0], sizes[s][1], 8, LAYOUT_INSPECT_NONE, false);
		layout_compute_zoom(&zoomed, sizes[s][0], sizes[s][1], 8, LAYOUT_INSPECT_NONE, true);
		if (plain.large)
			continue;
		ck_assert(!zoomed.zoomed);
		ck_assert(memcmp(plain.rect, zoomed.rect, sizeof plain.rect) == 0);
	}
}
END_TEST

START_TEST(test_layout_tour_and_wrong)
{
	struct layout l;

	/* 80x24: the tour's page or the wrong samples in the place of weights and loss. */
	layout_compute(&l, 80, 24, 8, LAYOUT_INSPECT_TOUR);
	ck_assert(l.shown[LAYOUT_TOUR] && !l.shown[LAYOUT_WEIGHTS] && !l.shown[LAYOUT_LOSS]);
	ck_assert_int_eq(l.rect[LAYOUT_TOUR].w, 80);
	ck_assert_int_ge(l.rect[LAYOUT_TOUR].h, 8);
	ck_assert(l.shown[LAYOUT_INPUT] && l.shown[LAYOUT_HIDDEN] && l.shown[LAYOUT_OUTPUT]);
	layout_compute(&l, 80, 24, 8, LAYOUT_INSPECT_WRONG);
	/* a title, five pixel rows, a caption, a foot */
	ck_assert(l.shown[LAYOUT_WRONG] && l.rect[LAYOUT_WRONG].h >= 8);
	/* 160x48: in the neuron's place; the weights stay. */
	layout_compute(&l, 160, 48, 8, LAYOUT_INSPECT_TOUR);
	ck_assert(l.shown[LAYOUT_TOUR] && l.shown[LAYOUT_WEIGHTS] && l.shown[LAYOUT_UPDATE]);
	ck_assert(!l.shown[LAYOUT_NEURON]);
}
END_TEST

/* m and n: the lower band at 80x24, beside the others at 160x48. */
START_TEST(test_layout_views)
{
	struct layout l;
	static const enum layout_panel large[] = {
		LAYOUT_INPUT,  LAYOUT_HIDDEN, LAYOUT_OUTPUT, LAYOUT_WEIGHTS, LAYOUT_LOSS,
		LAYOUT_NEURON, LAYOUT_UPDATE, LAYOUT_MAP,    LAYOUT_HEALTH,
	};

	layout_compute_views(&l, 80, 24, 8, LAYOUT_INSPECT_NONE, false, LAYOUT_VIEW_MAP);
	ck_assert(l.shown[LAYOUT_MAP] && !l.shown[LAYOUT_WEIGHTS] && !l.shown[LAYOUT_LOSS]);
	ck_assert(!l.shown[LAYOUT_HEALTH]);
	ck_assert_int_eq(l.rect[LAYOUT_MAP].w, 80);
	ck_assert(l.shown[LAYOUT_INPUT] && l.shown[LAYOUT_HIDDEN] && l.shown[LAYOUT_OUTPUT]);
	/* Over the tour: the view opened last is the one shown (the key handlers close the other). */
	layout_compute_views(&l, 80, 24, 8, LAYOUT_INSPECT_TOUR, false, LAYOUT_VIEW_HEALTH);
	ck_assert(l.shown[LAYOUT_HEALTH] && !l.shown[LAYOUT_TOUR] && !l.shown[LAYOUT_MAP]);
	/* A title, a header, 8 neurons, a foot. */
	ck_assert_int_ge(l.rect[LAYOUT_HEALTH].h, 9);
	layout_compute_views(&l, 80, 24, 8, LAYOUT_INSPECT_NONE, false, LAYOUT_VIEW_MAP | LAYOUT_VIEW_HEALTH);
	ck_assert(l.shown[LAYOUT_MAP] && l.shown[LAYOUT_HEALTH]);
	ck_assert_int_ge(l.rect[LAYOUT_HEALTH].w, 36);
	ck_assert_int_ge(l.rect[LAYOUT_MAP].w, 40);

	layout_compute_views(&l, 160, 48, 8, LAYOUT_INSPECT_NONE, true, LAYOUT_VIEW_MAP | LAYOUT_VIEW_HEALTH);
	ck_assert(!l.zoomed);
	for (size_t i = 0; i < sizeof large / sizeof large[0]; i++)
		ck_assert_msg(l.shown[large[i]], "160x48 with m and n: %s missing",
			      layout_panel_name(large[i]));
	ck_assert_int_ge(l.rect[LAYOUT_NEURON].w, 62);
	ck_assert_int_ge(l.rect[LAYOUT_UPDATE].w, 58);
	ck_assert_int_ge(l.rect[LAYOUT_MAP].w, 38);
	ck_assert_int_ge(l.rect[LAYOUT_HEALTH].h, 8 + 3);

	/* Below 160 columns the map takes the inspector's place; the update keeps its 58. */
	layout_compute_views(&l, 120, 36, 8, LAYOUT_INSPECT_NONE, false, LAYOUT_VIEW_MAP);
	ck_assert(l.shown[LAYOUT_MAP] && l.shown[LAYOUT_UPDATE] && !l.shown[LAYOUT_NEURON]);
	ck_assert_int_ge(l.rect[LAYOUT_UPDATE].w, 58);
	ck_assert_int_ge(l.rect[LAYOUT_MAP].w, 59);
	/* Without the map the update keeps room for its equation lines, the inspector its 62. */
	layout_compute_views(&l, 120, 36, 8, LAYOUT_INSPECT_NONE, false, 0);
	ck_assert_int_ge(l.rect[LAYOUT_NEURON].w, 62);
	ck_assert_int_ge(l.rect[LAYOUT_UPDATE].w, 57);
}
END_TEST

/* Run B open: the split screen takes the whole body, whatever else is open, at every size. */
START_TEST(test_layout_compare)
{
	struct layout l;

	for (int i = 0; i < SIZES; i++) {
		int cols = sizes[i][0], rows = sizes[i][1];
		layout_compute_views(&l, cols, rows, 8, LAYOUT_INSPECT_TOUR, true,
				     LAYOUT_VIEW_MAP | LAYOUT_VIEW_COMPARE);
		for (int k = 0; k < LAYOUT_PANEL_COUNT; k++)
			ck_assert_msg(l.shown[k] == (k == LAYOUT_STATUS || k == LAYOUT_COMPARE ||
						     k == LAYOUT_NARRATION || k == LAYOUT_KEYS),
				      "%dx%d with B open: %s %s", cols, rows, layout_panel_name(k),
				      l.shown[k] ? "shown" : "missing");
		ck_assert_int_eq(l.rect[LAYOUT_COMPARE].w, cols);
		ck_assert_int_eq(l.rect[LAYOUT_COMPARE].y, 1);
		ck_assert_int_eq(l.rect[LAYOUT_COMPARE].y + l.rect[LAYOUT_COMPARE].h,
				 l.rect[LAYOUT_NARRATION].y);
	}
	/* 80x24: a title, each run's 9 rows, a chart and its legend; 160x48: and the layers and templates. */
	layout_compute_views(&l, 80, 24, 8, LAYOUT_INSPECT_NONE, false, LAYOUT_VIEW_COMPARE);
	ck_assert_int_ge(l.rect[LAYOUT_COMPARE].h, 20);
	layout_compute_views(&l, 160, 48, 8, LAYOUT_INSPECT_NONE, false, LAYOUT_VIEW_COMPARE);
	ck_assert_int_ge(l.rect[LAYOUT_COMPARE].h, 43);
}
END_TEST

Suite *suite_tui_layout(void)
{
	Suite *s = suite_create("tui_layout");
	TCase *tc = tcase_create("layout");

	tcase_add_test(tc, test_layout_sizes);
	tcase_add_test(tc, test_layout_zoom);
	tcase_add_test(tc, test_layout_tour_and_wrong);
	tcase_add_test(tc, test_layout_views);
	tcase_add_test(tc, test_layout_compare);
	tcase_add_test(tc, test_layout_80x24_shows_main_panels);
	tcase_add_test(tc, test_layout_inspect_small);
	tcase_add_test(tc, test_layout_large_shows_more);
	tcase_add_test(tc, test_layout_too_small);
	tcase_add_test(tc, test_layout_curve_and_figure);
	tcase_add_test(tc, test_layout_overlap_helper);
	suite_add_tcase(s, tc);
	return s;
}
