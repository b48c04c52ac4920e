/*
 * The guided tour (--tour, T): the tutorial's parts in order, each a short
 * page in plain words beside the live network, the panel it speaks of
 * highlighted, and the numbers of the sample on screen filled into its
 * formula. Draws nothing: it writes text from the scene (the core's
 * numbers); panel_tour.c draws it.
 */
#ifndef EDGEVIZ_TUI_TOUR_H
#define EDGEVIZ_TUI_TOUR_H

#include <stdbool.h>
#include <stddef.h>

#include "tui/model/layout.h"
#include "tui/scene.h"

enum tour_page {
	TOUR_FORWARD,  /* the forward pass */
	TOUR_TEMPLATE, /* a neuron as a template */
	TOUR_RELU,     /* ReLU, the gate */
	TOUR_SOFTMAX,  /* scores to chances */
	TOUR_LOSS,     /* how wrong */
	TOUR_DESCENT,  /* gradient descent */
	TOUR_CHAIN,    /* the chain rule */
	TOUR_BACKPROP, /* backpropagation */
	TOUR_LEARN,    /* watching it learn */
	TOUR_PAGES
};

/* The page's title, e.g. "Softmax: scores to chances". */
const char *tour_title(int page);

/*
 * The panel the page speaks of: the first of the page's panels that the
 * layout shows (shown: struct layout's), the status line at worst.
 */
enum layout_panel tour_panel(int page, const bool shown[LAYOUT_PANEL_COUNT]);

/* The page's words: a few sentences, the same for every run. */
const char *tour_text(int page);

/*
 * The page's words as shown for the scene: tour_text, with what is true of
 * this run and this screen (the gate in use, the run's own epochs, whether
 * the panel it speaks of is visible: scene->highlight).
 */
void tour_words(int page, const struct scene *scene, char *buf, size_t size);

/*
 * The page's formula with the numbers of the scene's sample filled in, or
 * what to press to have them (the pass not computed that far yet).
 */
void tour_formula(int page, const struct scene *scene, char *buf, size_t size);

/* The tour as the person browses it: open or not, and the page. */
struct tour_state {
	bool open;
	int page; /* 0 .. TOUR_PAGES - 1 */
};

/* Turn the page by delta; false (the page kept) when there is no page that way. */
bool tour_turn(struct tour_state *tour, int delta);

/*
 * A pointer from the page to another view, for its foot, or "": on the ReLU
 * page while a neuron is dead, "; dead: h3, see n" (the health panel).
 */
void tour_note(int page, const struct scene *scene, char *buf, size_t size);

#endif
