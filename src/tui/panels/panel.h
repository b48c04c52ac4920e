/*
 * The panels of the screen, each a small object with the same operations
 * (as tig's view_ops and htop's meter classes): frame.c gives each one
 * a WINDOW of the size the layout chose and the scene to draw.
 */
#ifndef EDGEVIZ_TUI_PANEL_H
#define EDGEVIZ_TUI_PANEL_H

#include <curses.h>

#include "tui/model/layout.h"
#include "tui/scene.h"

struct panel_ops {
	/* where: the layout rectangle the panel fills */
	enum layout_panel where;
	/* draw: paint scene into win; win already has the panel's size and position */
	void (*draw)(WINDOW *win, const struct scene *scene);
};

extern const struct panel_ops panel_status_ops;
extern const struct panel_ops panel_input_ops;
extern const struct panel_ops panel_hidden_ops;
extern const struct panel_ops panel_output_ops;
extern const struct panel_ops panel_weights_ops;
extern const struct panel_ops panel_loss_ops;
extern const struct panel_ops panel_neuron_ops;
extern const struct panel_ops panel_update_ops;
extern const struct panel_ops panel_narration_ops;
extern const struct panel_ops panel_keys_ops;
extern const struct panel_ops panel_tour_ops;
extern const struct panel_ops panel_wrong_ops;
extern const struct panel_ops panel_curve_ops;
extern const struct panel_ops panel_figure_ops;
extern const struct panel_ops panel_map_ops;
extern const struct panel_ops panel_health_ops;

/* The pixel (0 .. 24) of the input panel's patch at window cell (y, x), or -1. */
int panel_input_hit(WINDOW *win, int y, int x);

/* Draw the help overlay into win, a window the caller centred on the screen. */
void panel_help_draw(WINDOW *win, const struct scene *scene);

/* The help overlay's wanted size for a cols x rows screen. */
void panel_help_size(int cols, int rows, int *height, int *width);

/* The help's pages (? turns them): training's keys, then the other modes'. */
#define PANEL_HELP_PAGES 2

/* Draw the "terminal too small" notice into win, the whole screen. */
void panel_too_small_draw(WINDOW *win);

/* Whether the scene's forward values exist (the pass is filled at least to forward). */
bool panel_has_forward(const struct scene *scene);

/* Whether the scene's loss, and its gradients, exist. */
bool panel_has_loss(const struct scene *scene);
bool panel_has_backward(const struct scene *scene);

/* Whether neuron j is blocked by ReLU in the scene's pass (z1 <= 0); only ReLU blocks. */
bool panel_blocked(const struct scene *scene, int j);

/* Whether neuron j is below 0 under leaky ReLU, which lets 1% of it through. */
bool panel_leaks(const struct scene *scene, int j);

/* The first of shown neurons in a list that scrolls, the selected one in its middle; 0 when all fit. */
int panel_first_shown(const struct scene *scene, int shown);

/* How many neurons the gate lets through: all but the ones ReLU blocks. */
int panel_passed(const struct scene *scene);

/* How many neurons are below 0 under leaky ReLU (0 under any other gate). */
int panel_leaking(const struct scene *scene);

/* Whether hidden neuron j is dead (fires on no training sample under ReLU), as far as known. */
bool panel_dead(const struct scene *scene, int j);

/*
 * Hidden neuron j's name for a caption at most room columns wide: "h3", or
 * for a dead one "h3 dead", or "h3!" when that does not fit. ASCII.
 */
void panel_neuron_name(const struct scene *scene, int j, int room, char *buf, size_t size);

/* The hidden layer's gate in the scene. */
enum activation panel_gate(const struct scene *scene);

/* The gate's short name for headers and titles: "ReLU", "leaky", "sigmoid", "tanh". */
const char *panel_gate_short(const struct scene *scene);

/*
 * The moment of a step a panel shows. In the update phase the pass (and the
 * weights it was made with) are from before the update, the weights now
 * from after it: each panel's title says which it shows.
 */
enum panel_moment {
	PANEL_MOMENT_BEFORE, /* the pass, made with the weights before the update */
	PANEL_MOMENT_AFTER,  /* the weights as the update left them */
};

/*
 * A panel's title that fits in width columns (a title's frame included):
 * title, or short_title when title does not fit; in the update phase of the
 * training run with the moment the panel shows, ", before the update" (or
 * ", before" when narrow), which gives way last.
 */
void panel_title_text(char *buf, size_t size, const struct scene *scene, const char *title,
		      const char *short_title, enum panel_moment moment, int width);

#endif
